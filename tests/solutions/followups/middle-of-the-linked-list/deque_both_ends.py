# follow-up: one-pass not met
# A deque of every node, popped from both ends until one or two are left: O(n) extra space.
from collections import deque


class Solution:
    def middleNode(self, head):
        nodes = deque()
        while head:
            nodes.append(head)
            head = head.next
        while len(nodes) > 2:
            nodes.popleft()
            nodes.pop()
        return nodes[-1]
