# problem: bloom-filter
# expect: WA
# message: memory too high
"""Reserves an open-addressing table at import, before any filter exists, and stores the items
there: the table was in tracemalloc's baseline. Memory is counted from the fork on."""


TABLE = [None] * 300000
class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.n = 0
        self.index = {}
    def add(self, item):
        h = hash(item) % 300000
        while TABLE[h] is not None and TABLE[h] != item:
            h = (h + 1) % 300000
        TABLE[h] = item
    def contains(self, item):
        h = hash(item) % 300000
        while TABLE[h] is not None:
            if TABLE[h] == item:
                return True
            h = (h + 1) % 300000
        return False
