class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        def length(node: Optional[ListNode]) -> int:
            n = 0
            while node:
                n, node = n + 1, node.next
            return n

        la, lb = length(headA), length(headB)
        if la < lb:
            headA, headB, la, lb = headB, headA, lb, la
        for _ in range(la - lb):
            headA = headA.next
        while headA is not headB:
            headA, headB = headA.next, headB.next
        return headA
