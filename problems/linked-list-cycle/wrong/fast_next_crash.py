# expect: RE
# Checks only fast.next before jumping two nodes: fast can become None (even length, or an
# empty list), and fast.next then raises AttributeError.
class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
