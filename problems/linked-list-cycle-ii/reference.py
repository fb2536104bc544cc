class Solution:
    def detectCycle(self, head: ListNode | None) -> ListNode | None:  # noqa: F821
        # Floyd: slow and fast meet inside the cycle; from there and from the head,
        # one step at a time, two pointers meet exactly at the cycle's entry.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                entry = head
                while entry is not slow:
                    entry = entry.next
                    slow = slow.next
                return entry
        return None
