# expect: WA
# message: returned a dict (with key '$node'); expected ListNode | None
# backends: docker local
# problem: kth-node-from-end-of-list
"""Returns a plain dict shaped like the harness's node reference, naming exactly the right node:
a dict is a dict, never mistaken for the harness's own encoding of an input node."""


class Solution:
    def getKthFromEnd(self, head, k):
        n = 0
        node = head
        while node:
            n += 1
            node = node.next
        return {"$node": ["head", n - k]}
