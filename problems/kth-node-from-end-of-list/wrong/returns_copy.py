# expect: WA
# Collects the values and returns a new node with the k-th value from the end: the right
# value, but not a node of the input.
class Solution:
    def getKthFromEnd(self, head, k):
        values = []
        while head is not None:
            values.append(head.val)
            head = head.next
        return ListNode(values[-k])  # noqa: F821
