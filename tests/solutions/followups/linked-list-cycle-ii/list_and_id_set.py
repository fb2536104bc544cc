# follow-up: o1-space not met
# Every node in a list plus a set of their ids: O(n) extra space twice over.
class Solution:
    def detectCycle(self, head):
        order, ids = [], set()
        node = head
        while node is not None and id(node) not in ids:
            order.append(node)
            ids.add(id(node))
            node = node.next
        return node
