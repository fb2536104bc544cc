class Solution:
    def getIntersectionNode(self, headA: ListNode | None, headB: ListNode | None) -> ListNode | None:  # noqa: F821
        # Each pointer walks its own list and then the other one: both cover
        # a + c + b nodes, so they reach the shared node (or None) together.
        a, b = headA, headB
        while a is not b:
            a = a.next if a is not None else headB
            b = b.next if b is not None else headA
        return a
