class Solution:
    def trainingPlan(self, head: Optional[ListNode], cnt: int) -> Optional[ListNode]:
        last = deque(maxlen=cnt)
        while head:
            last.append(head)
            head = head.next
        return last[0]
