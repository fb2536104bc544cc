"""A correct Bloom filter written differently from the reference: a Python int as the
bit set, sha256 double hashing, and hashlib imported lazily inside a method."""

import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.m = max(1, math.ceil(-capacity * math.log(error_rate) / (math.log(2) ** 2)))
        self.k = max(1, round(self.m / capacity * math.log(2)))
        self.bits = 0

    def _positions(self, item):
        import hashlib  # lazily, on the first call
        import json  # noqa: F401  (a heavier lazy import that must not count)

        d = hashlib.sha256(item.encode()).digest()
        h1 = int.from_bytes(d[:8], "big")
        h2 = int.from_bytes(d[8:16], "big") | 1
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, item):
        for p in self._positions(item):
            self.bits |= 1 << p

    def contains(self, item):
        return all(self.bits >> p & 1 for p in self._positions(item))
