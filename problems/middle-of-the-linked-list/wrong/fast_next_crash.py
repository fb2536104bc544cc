# expect: RE
# Only checks fast.next, not fast: on an even length fast jumps to None and fast.next raises AttributeError.
class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        return slow
