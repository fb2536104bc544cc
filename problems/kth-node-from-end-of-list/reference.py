class Solution:
    def getKthFromEnd(self, head: ListNode | None, k: int) -> ListNode | None:  # noqa: F821
        # The lead pointer starts k nodes ahead; when it falls off the end,
        # the trailing pointer is k nodes before the end.
        lead = trail = head
        for _ in range(k):
            lead = lead.next
        while lead is not None:
            lead = lead.next
            trail = trail.next
        return trail
