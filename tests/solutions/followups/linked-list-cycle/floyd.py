# follow-up: o1-space met
# Floyd's tortoise and hare: two pointers, O(1) extra space.
class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
