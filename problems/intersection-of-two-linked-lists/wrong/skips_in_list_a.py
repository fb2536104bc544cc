# expect: WA
# Length-difference method that always advances headA by |m - n|, even when headB is the longer list.
class Solution:
    def getIntersectionNode(self, headA, headB):
        def length(node):
            count = 0
            while node:
                count += 1
                node = node.next
            return count

        a, b = headA, headB
        for _ in range(abs(length(headA) - length(headB))):
            a = a.next
        while a and b:
            if a is b:
                return a
            a, b = a.next, b.next
        return None
