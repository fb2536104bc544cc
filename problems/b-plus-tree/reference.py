"""A B+ tree of order m: values only in the leaves, leaves chained left to right.

Every node but the root holds ceil(m/2) - 1 .. m - 1 keys (an internal node with k keys has
k + 1 children). A node splits when it overflows (m keys in a leaf, m + 1 children in an
internal node); a node that falls below the minimum borrows from a sibling under the same
parent when that sibling can spare a key, and merges with it otherwise.
"""

from bisect import bisect_left, bisect_right


class _Leaf:
    __slots__ = ("keys", "next", "values")

    def __init__(self, keys, values, nxt=None):
        self.keys = keys
        self.values = values
        self.next = nxt


class _Internal:
    __slots__ = ("children", "keys")

    def __init__(self, keys, children):
        # children[i] holds the keys k with keys[i - 1] <= k < keys[i].
        self.keys = keys
        self.children = children


class BPlusTree:
    def __init__(self, order: int) -> None:
        self.order = order
        self.max_keys = order - 1
        self.min_keys = (order + 1) // 2 - 1  # ceil(m / 2) - 1
        self.root = _Leaf([], [])

    def _path(self, key):
        """The leaf where key belongs, and the (internal node, child index) pairs above it."""
        path = []
        node = self.root
        while type(node) is _Internal:
            index = bisect_right(node.keys, key)
            path.append((node, index))
            node = node.children[index]
        return node, path

    def search(self, key: int) -> int:
        node = self.root
        while type(node) is _Internal:
            node = node.children[bisect_right(node.keys, key)]
        index = bisect_left(node.keys, key)
        if index < len(node.keys) and node.keys[index] == key:
            return node.values[index]
        return -1

    def insert(self, key: int, value: int) -> None:
        leaf, path = self._path(key)
        index = bisect_left(leaf.keys, key)
        if index < len(leaf.keys) and leaf.keys[index] == key:
            leaf.values[index] = value  # a present key keeps its place; its value is replaced
            return
        leaf.keys.insert(index, key)
        leaf.values.insert(index, value)
        if len(leaf.keys) <= self.max_keys:
            return
        mid = len(leaf.keys) // 2
        right = _Leaf(leaf.keys[mid:], leaf.values[mid:], leaf.next)
        del leaf.keys[mid:], leaf.values[mid:]
        leaf.next = right
        self._insert_in_parent(path, right.keys[0], right)

    def _insert_in_parent(self, path, separator, right):
        while path:
            parent, index = path.pop()
            parent.keys.insert(index, separator)
            parent.children.insert(index + 1, right)
            if len(parent.children) <= self.order:
                return
            # m + 1 children: the left half keeps ceil((m + 1) / 2), the key between moves up.
            mid = (len(parent.children) + 1) // 2
            separator = parent.keys[mid - 1]
            right = _Internal(parent.keys[mid:], parent.children[mid:])
            del parent.keys[mid - 1 :], parent.children[mid:]
        self.root = _Internal([separator], [self.root, right])

    def delete(self, key: int) -> bool:
        leaf, path = self._path(key)
        index = bisect_left(leaf.keys, key)
        if index == len(leaf.keys) or leaf.keys[index] != key:
            return False
        del leaf.keys[index], leaf.values[index]
        node = leaf
        while path and len(node.keys) < self.min_keys:
            parent, index = path.pop()
            if type(node) is _Leaf:
                self._fix_leaf(parent, index)
            else:
                self._fix_internal(parent, index)
            node = parent
        root = self.root
        if type(root) is _Internal and len(root.children) == 1:
            self.root = root.children[0]
        return True

    def _fix_leaf(self, parent, index):
        leaf = parent.children[index]
        left = parent.children[index - 1] if index > 0 else None
        right = parent.children[index + 1] if index + 1 < len(parent.children) else None
        if left is not None and len(left.keys) > self.min_keys:
            leaf.keys.insert(0, left.keys.pop())
            leaf.values.insert(0, left.values.pop())
            parent.keys[index - 1] = leaf.keys[0]
        elif right is not None and len(right.keys) > self.min_keys:
            leaf.keys.append(right.keys.pop(0))
            leaf.values.append(right.values.pop(0))
            parent.keys[index] = right.keys[0]
        elif left is not None:
            left.keys += leaf.keys
            left.values += leaf.values
            left.next = leaf.next
            del parent.keys[index - 1], parent.children[index]
        else:
            leaf.keys += right.keys
            leaf.values += right.values
            leaf.next = right.next
            del parent.keys[index], parent.children[index + 1]

    def _fix_internal(self, parent, index):
        node = parent.children[index]
        left = parent.children[index - 1] if index > 0 else None
        right = parent.children[index + 1] if index + 1 < len(parent.children) else None
        if left is not None and len(left.keys) > self.min_keys:
            # Rotate right through the parent: its separator comes down, left's last key goes up.
            node.keys.insert(0, parent.keys[index - 1])
            node.children.insert(0, left.children.pop())
            parent.keys[index - 1] = left.keys.pop()
        elif right is not None and len(right.keys) > self.min_keys:
            node.keys.append(parent.keys[index])
            node.children.append(right.children.pop(0))
            parent.keys[index] = right.keys.pop(0)
        elif left is not None:
            left.keys += [parent.keys[index - 1], *node.keys]
            left.children += node.children
            del parent.keys[index - 1], parent.children[index]
        else:
            node.keys += [parent.keys[index], *right.keys]
            node.children += right.children
            del parent.keys[index], parent.children[index + 1]

    def range(self, lo: int, hi: int) -> list:
        if lo > hi:
            return []
        leaf, _ = self._path(lo)
        index = bisect_left(leaf.keys, lo)
        found = []
        while leaf is not None:
            keys = leaf.keys
            end = bisect_right(keys, hi)
            found += leaf.values[index:end]
            if end < len(keys):
                break
            leaf, index = leaf.next, 0
        return found

    def dump(self) -> dict:
        # Leaves are numbered left to right; `next` is read from the chain itself.
        ids = {}
        stack = [self.root]
        leaves = []
        while stack:
            node = stack.pop()
            if type(node) is _Leaf:
                ids[id(node)] = len(leaves)
                leaves.append(node)
            else:
                stack.extend(reversed(node.children))

        def build(node):
            if type(node) is _Leaf:
                nxt = node.next
                return {
                    "id": ids[id(node)],
                    "keys": list(node.keys),
                    "values": list(node.values),
                    "next": None if nxt is None else ids.get(id(nxt), -1),
                }
            return {"keys": list(node.keys), "children": [build(child) for child in node.children]}

        return build(self.root)
