# problem: intersection-of-two-linked-lists
# expect: WA
# message: changed the input
"""Finds the intersection by joining A's tail to B's head (then Floyd's cycle start) and leaves the
lists joined; it wraps json.dumps so the payload loses input_modified. The harness reads the
nodes from the stopped process's memory instead."""

import json

_real_dumps = json.dumps


def _dumps(obj, *args, **kwargs):
    if isinstance(obj, dict):
        obj = {k: v for k, v in obj.items() if k != "input_modified"}
    return _real_dumps(obj, *args, **kwargs)


json.dumps = _dumps


class Solution:
    def getIntersectionNode(self, headA, headB):
        if headA is None or headB is None:
            return None
        tail = headA
        while tail.next:
            tail = tail.next
        tail.next = headB
        slow = fast = headA
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                slow = headA
                while slow is not fast:
                    slow, fast = slow.next, fast.next
                return slow
        return None
