# expect: TLE
# Starts fast at head.next (the Linked List Cycle I habit) but keeps the phase-two restart from head:
# the two pointers end one step apart on the cycle and never meet unless the cycle has length 1.
class Solution:
    def detectCycle(self, head):
        if not head or not head.next:
            return None
        slow, fast = head, head.next
        while slow is not fast:
            if not fast or not fast.next:
                return None
            slow = slow.next
            fast = fast.next.next
        entry = head
        while entry is not slow:
            entry = entry.next
            slow = slow.next
        return entry
