# expect: WA
# Starts both pointers at head and compares them before moving, so any non-empty list is "cyclic".
class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast is not None and fast.next is not None:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
