class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        index: Dict[int, int] = {}
        node = head
        for i in count():
            if node is None:
                return None
            if id(node) in index:
                return node
            index[id(node)] = i
            node = node.next
