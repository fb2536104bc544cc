# follow-up: linear-time-o1-space not met
# A set of A's nodes, then the first node of B in it: O(m+n) time, but O(m) extra space.
class Solution:
    def getIntersectionNode(self, headA, headB):
        seen = set()
        while headA:
            seen.add(headA)
            headA = headA.next
        while headB and headB not in seen:
            headB = headB.next
        return headB
