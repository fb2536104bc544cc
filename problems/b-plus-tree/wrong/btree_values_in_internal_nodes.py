# expect: WA
# A B-tree, not a B+ tree: a split moves the middle key up together with its value, so
# internal nodes hold values and the leaves hold only some of the keys; range() walks the tree
# in order instead of a leaf chain. Every search, delete and range result is right, but the
# structure is not a B+ tree's.
# says: values only in leaves: the internal node root holds values
import bisect


class BNode:
    def __init__(self, keys=None, values=None, children=None):
        self.keys = keys or []
        self.values = values or []
        self.children = children or []

    @property
    def leaf(self):
        return not self.children


class BPlusTree:
    def __init__(self, order):
        self.m = order
        self.min_keys = (order + 1) // 2 - 1
        self.root = BNode()

    def search(self, key):
        node = self.root
        while True:
            i = bisect.bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return node.values[i]
            if node.leaf:
                return -1
            node = node.children[i]

    def insert(self, key, value):
        path, node = [], self.root
        while True:
            i = bisect.bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] = value
                return
            if node.leaf:
                break
            path.append((node, i))
            node = node.children[i]
        node.keys.insert(i, key)
        node.values.insert(i, value)
        while len(node.keys) >= self.m:
            mid = len(node.keys) // 2
            right = BNode(node.keys[mid + 1:], node.values[mid + 1:], node.children[mid + 1:])
            up_key, up_value = node.keys[mid], node.values[mid]
            node.keys, node.values, node.children = node.keys[:mid], node.values[:mid], node.children[:mid + 1]
            if not path:
                self.root = BNode([up_key], [up_value], [node, right])
                return
            parent, i = path.pop()
            parent.keys.insert(i, up_key)
            parent.values.insert(i, up_value)
            parent.children.insert(i + 1, right)
            node = parent

    def delete(self, key):
        path, node = [], self.root
        while True:
            i = bisect.bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                break
            if node.leaf:
                return False
            path.append((node, i))
            node = node.children[i]
        if not node.leaf:
            # Replace by the predecessor, the largest key of the left subtree, and delete it there.
            holder, j = node, i
            path.append((node, i))
            node = node.children[i]
            while not node.leaf:
                path.append((node, len(node.children) - 1))
                node = node.children[-1]
            holder.keys[j], holder.values[j] = node.keys[-1], node.values[-1]
            i = len(node.keys) - 1
        node.keys.pop(i)
        node.values.pop(i)
        while path and len(node.keys) < self.min_keys:
            parent, i = path.pop()
            left = parent.children[i - 1] if i > 0 else None
            right = parent.children[i + 1] if i + 1 < len(parent.children) else None
            if left and len(left.keys) > self.min_keys:
                node.keys.insert(0, parent.keys[i - 1])
                node.values.insert(0, parent.values[i - 1])
                parent.keys[i - 1], parent.values[i - 1] = left.keys.pop(), left.values.pop()
                if left.children:
                    node.children.insert(0, left.children.pop())
            elif right and len(right.keys) > self.min_keys:
                node.keys.append(parent.keys[i])
                node.values.append(parent.values[i])
                parent.keys[i], parent.values[i] = right.keys.pop(0), right.values.pop(0)
                if right.children:
                    node.children.append(right.children.pop(0))
            else:
                if left is None:
                    left, node, i = node, right, i + 1
                left.keys += [parent.keys.pop(i - 1), *node.keys]
                left.values += [parent.values.pop(i - 1), *node.values]
                left.children += node.children
                parent.children.pop(i)
            node = parent
        if not self.root.keys and self.root.children:
            self.root = self.root.children[0]
        return True

    def range(self, lo, hi):
        out = []

        def walk(node):
            for i, key in enumerate(node.keys):
                if not node.leaf and key > lo:
                    walk(node.children[i])
                if key > hi:
                    return
                if key >= lo:
                    out.append(node.values[i])
            if not node.leaf:
                walk(node.children[-1])

        walk(self.root)
        return out

    def dump(self):
        leaves = []

        def collect(node):
            if node.leaf:
                leaves.append(node)
            for child in node.children:
                collect(child)

        collect(self.root)
        ids = {id(leaf): n for n, leaf in enumerate(leaves)}

        def build(node):
            if node.leaf:
                n = ids[id(node)]
                return {"id": n, "keys": node.keys[:], "values": node.values[:], "next": n + 1 if n + 1 < len(leaves) else None}
            return {"keys": node.keys[:], "values": node.values[:], "children": [build(c) for c in node.children]}

        return build(self.root)
