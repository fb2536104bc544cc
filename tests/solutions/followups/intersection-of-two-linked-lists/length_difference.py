# follow-up: linear-time-o1-space met
# Measure both lengths, advance the longer list by the difference, then walk in step. O(m+n), O(1).
def length(node):
    count = 0
    while node:
        count, node = count + 1, node.next
    return count


def getIntersectionNode(headA, headB):
    m, n = length(headA), length(headB)
    for _ in range(m - n):
        headA = headA.next
    for _ in range(n - m):
        headB = headB.next
    while headA is not headB:
        headA, headB = headA.next, headB.next
    return headA
