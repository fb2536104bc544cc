# follow-up: one-pass met
# A lead pointer k nodes ahead; when it runs off the end, the trailing one is the answer. O(1) space.
class Solution:
    def getKthFromEnd(self, head, k):
        lead = head
        for _ in range(k):
            lead = lead.next
        while lead:
            lead, head = lead.next, head.next
        return head
