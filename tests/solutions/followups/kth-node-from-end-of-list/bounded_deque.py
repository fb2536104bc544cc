# follow-up: one-pass not met
# Keeps the last k nodes in a deque(maxlen=k): one pass, but O(k) extra space.
from collections import deque


class Solution:
    def getKthFromEnd(self, head, k):
        window = deque(maxlen=k)
        while head:
            window.append(head)
            head = head.next
        return window[0]
