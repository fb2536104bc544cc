class Node:
    def __init__(self, val: int = -1, levels: int = 16):
        self.val = val
        self.forward: List[Optional["Node"]] = [None] * levels


class Skiplist:
    MAX_LEVEL = 16
    P = 0.25

    def __init__(self):
        self.head = Node(-1, self.MAX_LEVEL)
        self.level = 1

    def _random_level(self) -> int:
        lv = 1
        while lv < self.MAX_LEVEL and random.random() < self.P:
            lv += 1
        return lv

    def _find_prev(self, num: int) -> List[Node]:
        update = [self.head] * self.MAX_LEVEL
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.forward[i] and cur.forward[i].val < num:
                cur = cur.forward[i]
            update[i] = cur
        return update

    def search(self, target: int) -> bool:
        cur = self._find_prev(target)[0].forward[0]
        return cur is not None and cur.val == target

    def add(self, num: int) -> None:
        update = self._find_prev(num)
        lv = self._random_level()
        self.level = max(self.level, lv)
        node = Node(num, lv)
        for i in range(lv):
            node.forward[i] = update[i].forward[i]
            update[i].forward[i] = node

    def erase(self, num: int) -> bool:
        update = self._find_prev(num)
        cur = update[0].forward[0]
        if cur is None or cur.val != num:
            return False
        for i in range(self.level):
            if update[i].forward[i] is not cur:
                break
            update[i].forward[i] = cur.forward[i]
        while self.level > 1 and self.head.forward[self.level - 1] is None:
            self.level -= 1
        return True


# Your Skiplist object will be instantiated and called as such:
# obj = Skiplist()
# param_1 = obj.search(target)
# obj.add(num)
# param_3 = obj.erase(num)
