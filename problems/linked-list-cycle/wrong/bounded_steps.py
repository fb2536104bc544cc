# expect: WA
# Trusts LeetCode's old bound of 10^4 nodes: still walking after 10^4 steps means "cycle",
# which is wrong for a longer list without one.
class Solution:
    def hasCycle(self, head):
        steps = 0
        while head is not None:
            steps += 1
            if steps > 10**4:
                return True
            head = head.next
        return False
