# expect: WA
# Copies the values into a Python list and returns a new list built from the second half:
# right values, but not the nodes of the input.
class Solution:
    def middleNode(self, head):
        values = []
        while head is not None:
            values.append(head.val)
            head = head.next
        dummy = tail = ListNode(0)  # noqa: F821
        for v in values[len(values) // 2 :]:
            tail.next = ListNode(v)  # noqa: F821
            tail = tail.next
        return dummy.next
