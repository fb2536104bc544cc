# expect: WA
# Loops while fast.next.next exists, so an even-length list gets the first middle, not the second.
class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        return slow
