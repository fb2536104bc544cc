# follow-up: o1-space met
# Find the cycle's length L with fast/slow, then two pointers L apart meet at the entry. O(1) space.
def detectCycle(head):
    slow = fast = head
    while True:
        if fast is None or fast.next is None:
            return None
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            break
    length, probe = 1, slow.next
    while probe is not slow:
        probe, length = probe.next, length + 1
    ahead = behind = head
    for _ in range(length):
        ahead = ahead.next
    while ahead is not behind:
        ahead, behind = ahead.next, behind.next
    return behind
