# expect: TLE
# For each node, walks to the end to count how many nodes remain: O(n^2) when the answer is
# near the tail (small k) and n = 10^5.
class Solution:
    def getKthFromEnd(self, head, k):
        node = head
        while node is not None:
            remaining = 0
            walker = node
            while walker is not None:
                remaining += 1
                walker = walker.next
            if remaining == k:
                return node
            node = node.next
        return None
