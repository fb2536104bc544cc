# expect: WA
# add() returns early when num is already present, treating the skiplist as a set.
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
        nxt = self._find(target)[0].next[0]
        return nxt is not None and nxt.val == target

    def add(self, num):
        update = self._find(num)
        nxt = update[0].next[0]
        if nxt is not None and nxt.val == num:
            return
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
        for i in range(len(node.next)):
            if update[i].next[i] is node:
                update[i].next[i] = node.next[i]
        return True
