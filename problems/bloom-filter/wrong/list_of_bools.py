# expect: WA
# Right m, k and hashing, but the bit array is a list of Python booleans: 8 bytes per bit
# (one pointer each) instead of 1/8 byte, so the memory rule rejects it.
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.m = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.k = max(1, round(self.m / capacity * math.log(2)))
        self.bits = [False] * self.m

    def _positions(self, item):
        digest = hashlib.md5(item.encode()).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:], "big")
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, item):
        for p in self._positions(item):
            self.bits[p] = True

    def contains(self, item):
        return all(self.bits[p] for p in self._positions(item))
