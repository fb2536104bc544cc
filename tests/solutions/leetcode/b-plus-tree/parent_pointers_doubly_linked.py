# A B+ tree the way many tutorials write it: parent pointers instead of a path stack, the
# child's index found with list.index, leaves linked both ways (as InnoDB's pages are), and a
# recursive underflow fix-up. Written against LeetCode's editor: no imports.
class Node:
    def __init__(self, is_leaf: bool):
        self.is_leaf = is_leaf
        self.keys: List[int] = []
        self.vals: List[int] = []
        self.kids: List["Node"] = []
        self.parent: Optional["Node"] = None
        self.nxt: Optional["Node"] = None
        self.prev: Optional["Node"] = None


class BPlusTree:
    def __init__(self, order: int):
        self.m = order
        self.min_keys = math.ceil(order / 2) - 1
        self.root = Node(True)

    def find_leaf(self, key: int) -> Node:
        node = self.root
        while not node.is_leaf:
            node = node.kids[bisect_right(node.keys, key)]
        return node

    def search(self, key: int) -> int:
        leaf = self.find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i < len(leaf.keys) and leaf.keys[i] == key:
            return leaf.vals[i]
        return -1

    def insert(self, key: int, value: int) -> None:
        leaf = self.find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i < len(leaf.keys) and leaf.keys[i] == key:
            leaf.vals[i] = value
            return
        leaf.keys.insert(i, key)
        leaf.vals.insert(i, value)
        if len(leaf.keys) == self.m:
            self.split_leaf(leaf)

    def split_leaf(self, leaf: Node) -> None:
        mid = self.m // 2
        right = Node(True)
        right.keys, right.vals = leaf.keys[mid:], leaf.vals[mid:]
        leaf.keys, leaf.vals = leaf.keys[:mid], leaf.vals[:mid]
        right.nxt, right.prev = leaf.nxt, leaf
        if leaf.nxt:
            leaf.nxt.prev = right
        leaf.nxt = right
        self.insert_in_parent(leaf, right.keys[0], right)

    def insert_in_parent(self, left: Node, key: int, right: Node) -> None:
        if left is self.root:
            root = Node(False)
            root.keys, root.kids = [key], [left, right]
            left.parent = right.parent = root
            self.root = root
            return
        p = left.parent
        i = p.kids.index(left)
        p.keys.insert(i, key)
        p.kids.insert(i + 1, right)
        right.parent = p
        if len(p.kids) > self.m:
            mid = len(p.kids) // 2
            up = p.keys[mid - 1]
            new = Node(False)
            new.keys, new.kids = p.keys[mid:], p.kids[mid:]
            for kid in new.kids:
                kid.parent = new
            p.keys, p.kids = p.keys[: mid - 1], p.kids[:mid]
            self.insert_in_parent(p, up, new)

    def delete(self, key: int) -> bool:
        leaf = self.find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i == len(leaf.keys) or leaf.keys[i] != key:
            return False
        leaf.keys.pop(i)
        leaf.vals.pop(i)
        self.fix(leaf)
        return True

    def fix(self, node: Node) -> None:
        if node is self.root:
            if not node.is_leaf and len(node.kids) == 1:
                self.root = node.kids[0]
                self.root.parent = None
            return
        if len(node.keys) >= self.min_keys:
            return
        p = node.parent
        i = p.kids.index(node)
        left = p.kids[i - 1] if i > 0 else None
        right = p.kids[i + 1] if i + 1 < len(p.kids) else None
        if left and len(left.keys) > self.min_keys:
            if node.is_leaf:
                node.keys.insert(0, left.keys.pop())
                node.vals.insert(0, left.vals.pop())
                p.keys[i - 1] = node.keys[0]
            else:
                node.keys.insert(0, p.keys[i - 1])
                kid = left.kids.pop()
                kid.parent = node
                node.kids.insert(0, kid)
                p.keys[i - 1] = left.keys.pop()
            return
        if right and len(right.keys) > self.min_keys:
            if node.is_leaf:
                node.keys.append(right.keys.pop(0))
                node.vals.append(right.vals.pop(0))
                p.keys[i] = right.keys[0]
            else:
                node.keys.append(p.keys[i])
                kid = right.kids.pop(0)
                kid.parent = node
                node.kids.append(kid)
                p.keys[i] = right.keys.pop(0)
            return
        j = i - 1 if left else i
        a, b = p.kids[j], p.kids[j + 1]
        if a.is_leaf:
            a.keys += b.keys
            a.vals += b.vals
            a.nxt = b.nxt
            if b.nxt:
                b.nxt.prev = a
        else:
            a.keys += [p.keys[j]] + b.keys
            for kid in b.kids:
                kid.parent = a
            a.kids += b.kids
        del p.keys[j]
        del p.kids[j + 1]
        self.fix(p)

    def range(self, lo: int, hi: int) -> List[int]:
        res = []
        if lo > hi:
            return res
        leaf = self.find_leaf(lo)
        i = bisect_left(leaf.keys, lo)
        while leaf:
            while i < len(leaf.keys) and leaf.keys[i] <= hi:
                res.append(leaf.vals[i])
                i += 1
            if i < len(leaf.keys):
                break
            leaf, i = leaf.nxt, 0
        return res

    def dump(self) -> dict:
        first = self.root
        while not first.is_leaf:
            first = first.kids[0]
        ids = {}
        leaf = first
        while leaf:
            ids[id(leaf)] = len(ids)
            leaf = leaf.nxt

        def build(node: Node) -> dict:
            if node.is_leaf:
                return {"id": ids[id(node)], "keys": node.keys[:], "values": node.vals[:],
                        "next": ids[id(node.nxt)] if node.nxt else None}
            return {"keys": node.keys[:], "children": [build(kid) for kid in node.kids]}

        return build(self.root)
