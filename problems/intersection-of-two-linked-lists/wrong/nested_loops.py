# expect: TLE
# For every node of A, walks all of B looking for it: right answers in O(m*n), too slow at 3*10^4 each.
class Solution:
    def getIntersectionNode(self, headA, headB):
        a = headA
        while a:
            b = headB
            while b:
                if a is b:
                    return a
                b = b.next
            a = a.next
        return None
