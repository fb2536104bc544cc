# expect: WA
# Walks while lead.next instead of while lead, stopping one step early: returns the (k+1)-th
# node from the end (and crashes when k = n).
class Solution:
    def getKthFromEnd(self, head, k):
        lead = trail = head
        for _ in range(k):
            lead = lead.next
        while lead.next is not None:
            lead = lead.next
            trail = trail.next
        return trail
