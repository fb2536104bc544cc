# 剑指 Offer 22's name for the same problem
class Solution:
    def getKthFromEnd(self, head: ListNode, k: int) -> ListNode:
        n, node = 0, head
        while node:
            n += 1
            node = node.next
        for _ in range(n - k):
            head = head.next
        return head
