# expect: WA
# Counts the nodes, then walks (n + 1) // 2 steps instead of n // 2: one node too far on odd lengths.
class Solution:
    def middleNode(self, head):
        n = 0
        node = head
        while node is not None:
            n += 1
            node = node.next
        node = head
        for _ in range((n + 1) // 2):
            node = node.next
        return node
