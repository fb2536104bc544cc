# follow-up: one-pass not met
# Every node in a list, then the middle one by index: O(n) extra space.
class Solution:
    def middleNode(self, head):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        return nodes[len(nodes) // 2]
