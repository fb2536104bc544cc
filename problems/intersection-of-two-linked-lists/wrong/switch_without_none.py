# expect: TLE
# Two-pointer switch that jumps from a tail straight to the other head, skipping the None step:
# with no intersection the pointers are never both None, so the loop never ends.
class Solution:
    def getIntersectionNode(self, headA, headB):
        a, b = headA, headB
        while a is not b:
            a = a.next if a.next else headB
            b = b.next if b.next else headA
        return a
