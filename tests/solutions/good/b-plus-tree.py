"""A correct B+ tree written unlike the reference: recursive insert and delete, a leaf split
that keeps the larger half on the left, leaves kept at least half full (floor(m/2) keys, stricter
than the statement asks), the right sibling tried before the left one, merging preferred to
borrowing for internal nodes when both are possible, and leaf ids taken from id()."""

from bisect import bisect_left, bisect_right


class Leaf:
    def __init__(self, keys, vals, nxt):
        self.keys, self.vals, self.nxt = keys, vals, nxt


class Inner:
    def __init__(self, keys, kids):
        self.keys, self.kids = keys, kids


class BPlusTree:
    def __init__(self, order):
        self.m = order
        self.leaf_min = order // 2  # floor(m/2) >= ceil(m/2) - 1
        self.inner_min_kids = (order + 1) // 2  # ceil(m/2)
        self.root = Leaf([], [], None)

    # ---- lookups -------------------------------------------------------------------------
    def _leaf(self, key):
        node = self.root
        while isinstance(node, Inner):
            node = node.kids[bisect_right(node.keys, key)]
        return node

    def search(self, key):
        leaf = self._leaf(key)
        i = bisect_left(leaf.keys, key)
        return leaf.vals[i] if i < len(leaf.keys) and leaf.keys[i] == key else -1

    def range(self, lo, hi):
        result = []
        if lo > hi:
            return result
        leaf = self._leaf(lo)
        i = bisect_left(leaf.keys, lo)
        while leaf is not None:
            for j in range(i, len(leaf.keys)):
                if leaf.keys[j] > hi:
                    return result
                result.append(leaf.vals[j])
            leaf, i = leaf.nxt, 0
        return result

    # ---- insert: each level returns (separator, new right sibling) when it split --------------
    def insert(self, key, value):
        split = self._insert(self.root, key, value)
        if split is not None:
            self.root = Inner([split[0]], [self.root, split[1]])

    def _insert(self, node, key, value):
        if isinstance(node, Leaf):
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.vals[i] = value
                return None
            node.keys.insert(i, key)
            node.vals.insert(i, value)
            if len(node.keys) < self.m:
                return None
            cut = (len(node.keys) + 1) // 2  # the left leaf keeps ceil(m/2)
            right = Leaf(node.keys[cut:], node.vals[cut:], node.nxt)
            node.keys, node.vals, node.nxt = node.keys[:cut], node.vals[:cut], right
            return right.keys[0], right
        i = bisect_right(node.keys, key)
        split = self._insert(node.kids[i], key, value)
        if split is None:
            return None
        node.keys.insert(i, split[0])
        node.kids.insert(i + 1, split[1])
        if len(node.kids) <= self.m:
            return None
        cut = len(node.kids) // 2  # the left node keeps floor((m+1)/2) children
        up = node.keys[cut - 1]
        right = Inner(node.keys[cut:], node.kids[cut:])
        node.keys, node.kids = node.keys[: cut - 1], node.kids[:cut]
        return up, right

    # ---- delete: each level repairs the child it descended into ------------------------------
    def delete(self, key):
        found = self._delete(self.root, key)
        if isinstance(self.root, Inner) and len(self.root.kids) == 1:
            self.root = self.root.kids[0]
        return found

    def _delete(self, node, key):
        if isinstance(node, Leaf):
            i = bisect_left(node.keys, key)
            if i == len(node.keys) or node.keys[i] != key:
                return False
            del node.keys[i]
            del node.vals[i]
            return True
        i = bisect_right(node.keys, key)
        if not self._delete(node.kids[i], key):
            return False
        child = node.kids[i]
        if isinstance(child, Leaf):
            if len(child.keys) < self.leaf_min:
                self._repair_leaf(node, i)
        elif len(child.kids) < self.inner_min_kids:
            self._repair_inner(node, i)
        return True

    def _repair_leaf(self, parent, i):
        child = parent.kids[i]
        if i + 1 < len(parent.kids) and len(parent.kids[i + 1].keys) > self.leaf_min:
            right = parent.kids[i + 1]
            child.keys.append(right.keys.pop(0))
            child.vals.append(right.vals.pop(0))
            parent.keys[i] = right.keys[0]
        elif i > 0 and len(parent.kids[i - 1].keys) > self.leaf_min:
            left = parent.kids[i - 1]
            child.keys.insert(0, left.keys.pop())
            child.vals.insert(0, left.vals.pop())
            parent.keys[i - 1] = child.keys[0]
        else:
            j = i if i + 1 < len(parent.kids) else i - 1  # merge kids j and j + 1
            a, b = parent.kids[j], parent.kids[j + 1]
            a.keys.extend(b.keys)
            a.vals.extend(b.vals)
            a.nxt = b.nxt
            del parent.keys[j]
            del parent.kids[j + 1]

    def _repair_inner(self, parent, i):
        child = parent.kids[i]
        j = i if i + 1 < len(parent.kids) else i - 1
        a, b = parent.kids[j], parent.kids[j + 1]
        if len(a.kids) + len(b.kids) <= self.m:
            a.keys.extend([parent.keys[j], *b.keys])
            a.kids.extend(b.kids)
            del parent.keys[j]
            del parent.kids[j + 1]
        elif j == i:  # borrow the right sibling's first child
            child.keys.append(parent.keys[i])
            child.kids.append(b.kids.pop(0))
            parent.keys[i] = b.keys.pop(0)
        else:  # borrow the left sibling's last child
            child.keys.insert(0, parent.keys[i - 1])
            child.kids.insert(0, a.kids.pop())
            parent.keys[i - 1] = a.keys.pop()

    # ---- dump ------------------------------------------------------------------------------
    def dump(self):
        def out(node):
            if isinstance(node, Leaf):
                return {
                    "keys": list(node.keys),
                    "values": list(node.vals),
                    "id": id(node),
                    "next": None if node.nxt is None else id(node.nxt),
                }
            return {"children": [out(kid) for kid in node.kids], "keys": list(node.keys)}

        return out(self.root)
