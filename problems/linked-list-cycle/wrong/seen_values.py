# expect: WA
# Remembers values instead of nodes: a list without a cycle but with a repeated value looks cyclic.
class Solution:
    def hasCycle(self, head):
        seen = set()
        while head is not None:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False
