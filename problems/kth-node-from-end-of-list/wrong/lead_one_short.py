# expect: WA
# Moves the lead pointer only k - 1 steps before walking both, so it returns the (k-1)-th node
# from the end (and None for k = 1).
class Solution:
    def getKthFromEnd(self, head, k):
        lead = trail = head
        for _ in range(k - 1):
            lead = lead.next
        while lead is not None:
            lead = lead.next
            trail = trail.next
        return trail
