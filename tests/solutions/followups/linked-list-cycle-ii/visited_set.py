# follow-up: o1-space not met
# The first node seen twice, from a set of nodes: O(n) extra space.
class Solution:
    def detectCycle(self, head):
        seen = set()
        while head is not None and head not in seen:
            seen.add(head)
            head = head.next
        return head
