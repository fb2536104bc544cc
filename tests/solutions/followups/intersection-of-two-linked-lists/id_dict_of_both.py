# follow-up: linear-time-o1-space not met
# Counts every node of both lists by id in a dict; the first of B's seen twice is the join. O(m+n) extra space.
class Solution:
    def getIntersectionNode(self, headA, headB):
        seen = {}
        node = headA
        while node:
            seen[id(node)] = node
            node = node.next
        node = headB
        while node and id(node) not in seen:
            node = node.next
        return node
