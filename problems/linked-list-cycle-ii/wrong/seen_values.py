# expect: WA
# Remembers values instead of nodes: the first repeated value is taken for the cycle's entry.
class Solution:
    def detectCycle(self, head):
        seen = set()
        node = head
        while node:
            if node.val in seen:
                return node
            seen.add(node.val)
            node = node.next
        return None
