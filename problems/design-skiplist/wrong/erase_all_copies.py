# expect: WA
# erase() unlinks every node holding num instead of a single copy, so duplicates vanish together.
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

    def search(self, target):
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.next[i] and cur.next[i].val < target:
                cur = cur.next[i]
        cur = cur.next[0]
        return cur is not None and cur.val == target

    def add(self, num):
        update = [self.head] * self.MAX_LEVEL
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.next[i] and cur.next[i].val < num:
                cur = cur.next[i]
            update[i] = cur
        h = self._height()
        self.level = max(self.level, h)
        node = Node(num, h)
        for i in range(h):
            node.next[i] = update[i].next[i]
            update[i].next[i] = node

    def erase(self, num):
        update = [self.head] * self.MAX_LEVEL
        cur = self.head
        for i in range(self.level - 1, -1, -1):
            while cur.next[i] and cur.next[i].val < num:
                cur = cur.next[i]
            update[i] = cur
        if not update[0].next[0] or update[0].next[0].val != num:
            return False
        for i in range(self.level):
            # Skips past every node equal to num on this level.
            nxt = update[i].next[i]
            while nxt and nxt.val == num:
                nxt = nxt.next[i]
            update[i].next[i] = nxt
        return True
