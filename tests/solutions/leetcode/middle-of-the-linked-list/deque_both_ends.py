class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        q = deque()
        while head:
            q.append(head)
            head = head.next
        while len(q) > 2:
            q.popleft()
            q.pop()
        return q[-1]
