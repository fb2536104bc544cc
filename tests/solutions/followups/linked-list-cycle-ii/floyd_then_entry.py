# follow-up: o1-space met
# Floyd: meet inside the cycle, then walk one pointer from head; they meet at the entry. O(1) space.
class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                entry = head
                while entry is not slow:
                    entry, slow = entry.next, slow.next
                return entry
        return None
