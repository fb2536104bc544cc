# follow-up: o1-space not met
# A dict from id(node) to its position: O(n) extra space, ints and all.
class Solution:
    def hasCycle(self, head):
        position = {}
        index = 0
        while head is not None:
            if id(head) in position:
                return True
            position[id(head)] = index
            index += 1
            head = head.next
        return False
