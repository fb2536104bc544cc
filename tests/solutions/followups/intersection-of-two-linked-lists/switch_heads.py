# follow-up: linear-time-o1-space met
# Each pointer walks its list then the other's: both cover m + n nodes and meet at the join. O(m+n), O(1).
class Solution:
    def getIntersectionNode(self, headA, headB):
        a, b = headA, headB
        while a is not b:
            a = a.next if a else headB
            b = b.next if b else headA
        return a
