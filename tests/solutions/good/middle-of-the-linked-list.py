"""Collects the nodes in a list and returns the one in the middle."""


def middleNode(head):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    return nodes[len(nodes) // 2]
