# follow-up: one-pass met
# Count the nodes, then walk n - k of them: O(1) extra space (in two passes).
def trainingPlan(head, cnt):
    n, node = 0, head
    while node:
        n, node = n + 1, node.next
    for _ in range(n - cnt):
        head = head.next
    return head
