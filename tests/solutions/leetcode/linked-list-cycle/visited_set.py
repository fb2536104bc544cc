class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen: Set[ListNode] = set()
        while head:
            if head in seen:
                return True
            seen.add(head)
            head = head.next
        return False
