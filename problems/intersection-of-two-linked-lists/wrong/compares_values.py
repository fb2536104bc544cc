# expect: WA
# Aligns the lengths correctly, then stops at the first pair of nodes with equal values
# instead of the first shared node.
class Solution:
    def getIntersectionNode(self, headA, headB):
        def length(node):
            count = 0
            while node:
                count += 1
                node = node.next
            return count

        a, b = headA, headB
        m, n = length(a), length(b)
        for _ in range(m - n):
            a = a.next
        for _ in range(n - m):
            b = b.next
        while a and b:
            if a.val == b.val:
                return a
            a, b = a.next, b.next
        return None
