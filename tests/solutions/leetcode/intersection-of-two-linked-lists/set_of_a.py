class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        nodes_a = set()
        while headA:
            nodes_a.add(headA)
            headA = headA.next
        while headB:
            if headB in nodes_a:
                return headB
            headB = headB.next
        return None
