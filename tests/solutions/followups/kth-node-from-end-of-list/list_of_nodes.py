# follow-up: one-pass not met
# Every node in a list, then index from the end: O(n) extra space.
class Solution:
    def getKthFromEnd(self, head, k):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        return nodes[-k]
