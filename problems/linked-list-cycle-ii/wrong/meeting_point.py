# expect: WA
# Returns the node where slow and fast meet, which is inside the cycle but not its entry.
class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return slow
        return None
