# follow-up: o1-space not met
# A set of the nodes seen: O(n) extra space.
class Solution:
    def hasCycle(self, head):
        seen = set()
        while head is not None:
            if head in seen:
                return True
            seen.add(head)
            head = head.next
        return False
