# problem: intersection-of-two-linked-lists
# expect: AC
"""Joins A's tail to B's head to find the intersection as a cycle start, then unjoins it before
returning, and tags the nodes it visits with an attribute: the lists keep their structure, so
this is AC."""

class Solution:
    def getIntersectionNode(self, headA, headB):
        if headA is None or headB is None:
            return None
        tail = headA
        while tail.next:
            tail.seen = True
            tail = tail.next
        tail.next = headB
        answer = None
        slow = fast = headA
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                slow = headA
                while slow is not fast:
                    slow, fast = slow.next, fast.next
                answer = slow
                break
        tail.next = None
        return answer
