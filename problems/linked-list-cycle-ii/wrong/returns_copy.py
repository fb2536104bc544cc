# expect: WA
# Finds the entry correctly but returns a new ListNode with its value, not the node itself.
class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                entry = head
                while entry is not slow:
                    entry = entry.next
                    slow = slow.next
                return ListNode(entry.val)  # noqa: F821
        return None
