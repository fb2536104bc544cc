# expect: TLE
# Keeps the visited nodes in a Python list: each membership test is O(n), O(n^2) in all.
class Solution:
    def hasCycle(self, head):
        visited = []
        while head is not None:
            if head in visited:
                return True
            visited.append(head)
            head = head.next
        return False
