import random


class _Node:
    __slots__ = ("next", "val")

    def __init__(self, val: int, height: int) -> None:
        self.val = val
        self.next: list = [None] * height


class Skiplist:
    MAX_LEVEL = 18  # 2^18 > 5 * 10^4 elements, the most one case can add
    P = 0.5

    def __init__(self) -> None:
        self.head = _Node(-1, self.MAX_LEVEL)
        self.level = 1  # levels in use, counting from the bottom
        self.rng = random.Random(1206)

    def _random_height(self) -> int:
        height = 1
        while height < self.MAX_LEVEL and self.rng.random() < self.P:
            height += 1
        return height

    def _predecessors(self, target: int) -> list:
        """On each level, the last node whose value is < target."""
        update = [self.head] * self.MAX_LEVEL
        node = self.head
        for i in range(self.level - 1, -1, -1):
            nxt = node.next[i]
            while nxt is not None and nxt.val < target:
                node = nxt
                nxt = node.next[i]
            update[i] = node
        return update

    def search(self, target: int) -> bool:
        nxt = self._predecessors(target)[0].next[0]
        return nxt is not None and nxt.val == target

    def add(self, num: int) -> None:
        update = self._predecessors(num)
        height = self._random_height()
        if height > self.level:
            self.level = height  # update[] already holds head for the new levels
        node = _Node(num, height)
        for i in range(height):
            node.next[i] = update[i].next[i]
            update[i].next[i] = node

    def erase(self, num: int) -> bool:
        update = self._predecessors(num)
        node = update[0].next[0]
        if node is None or node.val != num:
            return False
        # The first node of value num on level 0 is the first one on every level
        # it reaches, so unlinking it from each predecessor is enough.
        for i in range(len(node.next)):
            if update[i].next[i] is node:
                update[i].next[i] = node.next[i]
        while self.level > 1 and self.head.next[self.level - 1] is None:
            self.level -= 1
        return True
