# expect: WA
# Computes m in bits, then allocates m // 8 bytes and uses each byte as one slot: only m/8
# positions, far too few for the items, so the false-positive rate explodes.
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        m = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.k = max(1, round(m / capacity * math.log(2)))
        self.size = max(1, m // 8)  # bytes...
        self.bits = bytearray(self.size)

    def _positions(self, item):
        digest = hashlib.sha256(item.encode()).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:16], "little")
        return [(h1 + i * h2) % self.size for i in range(self.k)]  # ...used as bit positions

    def add(self, item):
        for p in self._positions(item):
            self.bits[p] = 1

    def contains(self, item):
        return all(self.bits[p] for p in self._positions(item))
