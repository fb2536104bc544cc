# expect: WA
# erase() unlinks the node from the bottom level only; search() stops early when an upper
# level already shows target, so it still finds values whose node was promoted and erased.
import random


class Node:
    def __init__(self, val, height):
        self.val = val
        self.next = [None] * height


class Skiplist:
    MAX_LEVEL = 16

    def __init__(self):
        self.head = Node(-1, self.MAX_LEVEL)
        self.level = 1

    def _height(self):
        h = 1
        while h < self.MAX_LEVEL and random.random() < 0.5:
            h += 1
        return h

    def _find(self, target):
        update = [self.head] * self.MAX_LEVEL
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.next[i] and cur.next[i].val < target:
                cur = cur.next[i]
            update[i] = cur
        return update

    def search(self, target):
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.next[i] and cur.next[i].val < target:
                cur = cur.next[i]
            if cur.next[i] and cur.next[i].val == target:
                return True
        return False

    def add(self, num):
        update = self._find(num)
        h = self._height()
        self.level = max(self.level, h)
        node = Node(num, h)
        for i in range(h):
            node.next[i] = update[i].next[i]
            update[i].next[i] = node

    def erase(self, num):
        update = self._find(num)
        node = update[0].next[0]
        if node is None or node.val != num:
            return False
        update[0].next[0] = node.next[0]
        return True
