# expect: WA
# Turns the problem into cycle detection by linking A's tail to B's head, finds
# the right node, but never unlinks it: the input lists are left changed.
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
        tail.next = None
        return None
