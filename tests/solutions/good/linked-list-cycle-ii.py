"""Remembers visited nodes (by identity): the first one seen twice is the entry."""


class Solution:
    def detectCycle(self, head):
        seen = set()
        node = head
        while node is not None:
            if node in seen:
                return node
            seen.add(node)
            node = node.next
        return None
