class Solution:
    def hasCycle(self, head: ListNode | None) -> bool:  # noqa: F821
        # Floyd: the fast pointer gains one node per step, so inside a cycle it
        # must land on the slow pointer; without one it falls off the end.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
