# problem: bloom-filter
# expect: AC
"""A real, compact public-style filter: the bits in one Python int, k probes by double hashing.
Its own bytes are about m / 8; it must be AC at every size, the smallest (m = 29) included."""

import hashlib


class BloomFilter:
    def __init__(self, capacity, error_rate):
        import math

        self.m = max(1, math.ceil(-capacity * math.log(error_rate) / (math.log(2) ** 2)))
        self.k = max(1, round(self.m / capacity * math.log(2)))
        self.bits = 0

    def _probes(self, item):
        digest = hashlib.sha256(item.encode()).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, item):
        for p in self._probes(item):
            self.bits |= 1 << p

    def contains(self, item):
        return all(self.bits >> p & 1 for p in self._probes(item))
