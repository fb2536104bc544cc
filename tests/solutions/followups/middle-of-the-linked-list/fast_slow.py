# follow-up: one-pass met
# slow one step, fast two: slow is on the (second) middle when fast runs out. O(1) space.
class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow
