"""Two passes: count, then walk n - k steps."""


class Solution:
    def getKthFromEnd(self, head, k):
        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        node = head
        for _ in range(n - k):
            node = node.next
        return node
