# A B+ tree whose nodes are already dicts in the dump format: leaves carry an integer id from
# a counter and `next` as that id, a table maps ids to leaves, and dump() is one deepcopy
# (from LeetCode's prelude, no import). Merging prefers the right sibling.
class BPlusTree:
    def __init__(self, order: int):
        self.m = order
        self.lo_keys = (order + 1) // 2 - 1
        self.count = 0
        self.leaves = {}
        self.root = self.new_leaf([], [], None)

    def new_leaf(self, keys, values, nxt):
        leaf = {"id": self.count, "keys": keys, "values": values, "next": nxt}
        self.leaves[self.count] = leaf
        self.count += 1
        return leaf

    def descend(self, key):
        node, path = self.root, []
        while "children" in node:
            i = bisect_right(node["keys"], key)
            path.append((node, i))
            node = node["children"][i]
        return node, path

    def search(self, key: int) -> int:
        leaf, _ = self.descend(key)
        i = bisect_left(leaf["keys"], key)
        return leaf["values"][i] if i < len(leaf["keys"]) and leaf["keys"][i] == key else -1

    def insert(self, key: int, value: int) -> None:
        leaf, path = self.descend(key)
        keys, values = leaf["keys"], leaf["values"]
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            values[i] = value
            return
        keys.insert(i, key)
        values.insert(i, value)
        if len(keys) < self.m:
            return
        half = len(keys) // 2
        right = self.new_leaf(keys[half:], values[half:], leaf["next"])
        del keys[half:], values[half:]
        leaf["next"] = right["id"]
        sep, new = right["keys"][0], right
        while path:
            parent, i = path.pop()
            parent["keys"].insert(i, sep)
            parent["children"].insert(i + 1, new)
            if len(parent["children"]) <= self.m:
                return
            half = len(parent["children"]) // 2
            sep = parent["keys"][half - 1]
            new = {"keys": parent["keys"][half:], "children": parent["children"][half:]}
            del parent["keys"][half - 1:], parent["children"][half:]
        self.root = {"keys": [sep], "children": [self.root, new]}

    def delete(self, key: int) -> bool:
        leaf, path = self.descend(key)
        i = bisect_left(leaf["keys"], key)
        if i == len(leaf["keys"]) or leaf["keys"][i] != key:
            return False
        del leaf["keys"][i], leaf["values"][i]
        node = leaf
        while path and len(node["keys"]) < self.lo_keys:
            parent, i = path.pop()
            kids, seps = parent["children"], parent["keys"]
            is_leaf = "children" not in node
            if i + 1 < len(kids) and len(kids[i + 1]["keys"]) > self.lo_keys:
                right = kids[i + 1]
                if is_leaf:
                    node["keys"].append(right["keys"].pop(0))
                    node["values"].append(right["values"].pop(0))
                    seps[i] = right["keys"][0]
                else:
                    node["keys"].append(seps[i])
                    node["children"].append(right["children"].pop(0))
                    seps[i] = right["keys"].pop(0)
            elif i > 0 and len(kids[i - 1]["keys"]) > self.lo_keys:
                left = kids[i - 1]
                if is_leaf:
                    node["keys"].insert(0, left["keys"].pop())
                    node["values"].insert(0, left["values"].pop())
                    seps[i - 1] = node["keys"][0]
                else:
                    node["keys"].insert(0, seps[i - 1])
                    node["children"].insert(0, left["children"].pop())
                    seps[i - 1] = left["keys"].pop()
            else:
                j = i if i + 1 < len(kids) else i - 1
                a, b = kids[j], kids[j + 1]
                if is_leaf:
                    a["keys"] += b["keys"]
                    a["values"] += b["values"]
                    a["next"] = b["next"]
                    del self.leaves[b["id"]]
                else:
                    a["keys"] += [seps[j]] + b["keys"]
                    a["children"] += b["children"]
                del seps[j], kids[j + 1]
            node = parent
        if "children" in self.root and len(self.root["children"]) == 1:
            self.root = self.root["children"][0]
        return True

    def range(self, lo: int, hi: int) -> List[int]:
        if lo > hi:
            return []
        leaf, _ = self.descend(lo)
        i = bisect_left(leaf["keys"], lo)
        out = []
        while True:
            j = bisect_right(leaf["keys"], hi)
            out.extend(leaf["values"][i:j])
            if j < len(leaf["keys"]) or leaf["next"] is None:
                return out
            leaf, i = self.leaves[leaf["next"]], 0

    def dump(self) -> dict:
        return deepcopy(self.root)
