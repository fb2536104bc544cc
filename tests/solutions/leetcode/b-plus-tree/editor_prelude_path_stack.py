# A B+ tree as pasted from an editor with LeetCode's prelude: List and Optional, bisect_left
# and bisect_right without an import, and insert() returning False for an overwrite although
# it is declared void.
class Node:
    def __init__(self, leaf):
        self.leaf = leaf
        self.keys = []
        self.values = []  # leaves only
        self.children = []  # internal nodes only
        self.next: Optional["Node"] = None  # leaves only


class BPlusTree:
    def __init__(self, order: int):
        self.m = order
        self.root = Node(True)

    def _find_leaf(self, key):
        node, path = self.root, []
        while not node.leaf:
            i = bisect_right(node.keys, key)
            path.append((node, i))
            node = node.children[i]
        return node, path

    def search(self, key: int) -> int:
        leaf, _ = self._find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i < len(leaf.keys) and leaf.keys[i] == key:
            return leaf.values[i]
        return -1

    def insert(self, key: int, value: int) -> None:
        leaf, path = self._find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i < len(leaf.keys) and leaf.keys[i] == key:
            leaf.values[i] = value
            return False
        leaf.keys.insert(i, key)
        leaf.values.insert(i, value)
        if len(leaf.keys) < self.m:
            return
        mid = len(leaf.keys) // 2
        new = Node(True)
        new.keys, new.values = leaf.keys[mid:], leaf.values[mid:]
        leaf.keys, leaf.values = leaf.keys[:mid], leaf.values[:mid]
        new.next = leaf.next
        leaf.next = new
        self._push_up(path, new.keys[0], new)

    def _push_up(self, path, sep, new):
        while path:
            parent, i = path.pop()
            parent.keys.insert(i, sep)
            parent.children.insert(i + 1, new)
            if len(parent.children) <= self.m:
                return
            mid = len(parent.keys) // 2
            sep = parent.keys[mid]
            new = Node(False)
            new.keys, new.children = parent.keys[mid + 1:], parent.children[mid + 1:]
            parent.keys, parent.children = parent.keys[:mid], parent.children[:mid + 1]
        root = Node(False)
        root.keys, root.children = [sep], [self.root, new]
        self.root = root

    def delete(self, key: int) -> bool:
        leaf, path = self._find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i == len(leaf.keys) or leaf.keys[i] != key:
            return False
        leaf.keys.pop(i)
        leaf.values.pop(i)
        self._rebalance(leaf, path)
        return True

    def _rebalance(self, node, path):
        min_keys = (self.m + 1) // 2 - 1
        while path and len(node.keys) < min_keys:
            parent, i = path.pop()
            left = parent.children[i - 1] if i > 0 else None
            right = parent.children[i + 1] if i + 1 < len(parent.children) else None
            if node.leaf:
                if left and len(left.keys) > min_keys:
                    node.keys.insert(0, left.keys.pop())
                    node.values.insert(0, left.values.pop())
                    parent.keys[i - 1] = node.keys[0]
                elif right and len(right.keys) > min_keys:
                    node.keys.append(right.keys.pop(0))
                    node.values.append(right.values.pop(0))
                    parent.keys[i] = right.keys[0]
                else:
                    if left is None:
                        left, node, i = node, right, i + 1
                    left.keys += node.keys
                    left.values += node.values
                    left.next = node.next
                    parent.keys.pop(i - 1)
                    parent.children.pop(i)
            else:
                if left and len(left.keys) > min_keys:
                    node.keys.insert(0, parent.keys[i - 1])
                    node.children.insert(0, left.children.pop())
                    parent.keys[i - 1] = left.keys.pop()
                elif right and len(right.keys) > min_keys:
                    node.keys.append(parent.keys[i])
                    node.children.append(right.children.pop(0))
                    parent.keys[i] = right.keys.pop(0)
                else:
                    if left is None:
                        left, node, i = node, right, i + 1
                    left.keys += [parent.keys[i - 1]] + node.keys
                    left.children += node.children
                    parent.keys.pop(i - 1)
                    parent.children.pop(i)
            node = parent
        if not self.root.leaf and len(self.root.children) == 1:
            self.root = self.root.children[0]

    def range(self, lo: int, hi: int) -> List[int]:
        out: List[int] = []
        if lo > hi:
            return out
        leaf, _ = self._find_leaf(lo)
        i = bisect_left(leaf.keys, lo)
        while leaf:
            while i < len(leaf.keys):
                if leaf.keys[i] > hi:
                    return out
                out.append(leaf.values[i])
                i += 1
            leaf, i = leaf.next, 0
        return out

    def dump(self) -> dict:
        ids = {}

        def number(node):
            if node.leaf:
                ids[id(node)] = len(ids)
            else:
                for child in node.children:
                    number(child)

        number(self.root)

        def build(node):
            if node.leaf:
                return {"id": ids[id(node)], "keys": node.keys[:], "values": node.values[:],
                        "next": ids[id(node.next)] if node.next else None}
            return {"keys": node.keys[:], "children": [build(c) for c in node.children]}

        return build(self.root)
