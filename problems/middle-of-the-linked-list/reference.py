class Solution:
    def middleNode(self, head: ListNode | None) -> ListNode | None:  # noqa: F821
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        return slow
