# follow-up: o1-space met
# Brent's algorithm: teleport the tortoise to the hare at powers of two; O(1) extra space.
def hasCycle(head):
    if head is None:
        return False
    power = length = 1
    tortoise, hare = head, head.next
    while hare is not None:
        if tortoise is hare:
            return True
        if power == length:
            tortoise, power, length = hare, power * 2, 0
        hare = hare.next
        length += 1
    return False
