# expect: WA
# Off by one: add() sets only k - 1 of the k bits that contains() checks, so added items are
# often reported absent (false negatives).
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.m = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.k = max(1, round(self.m / capacity * math.log(2)))
        self.bits = bytearray((self.m + 7) // 8)

    def _position(self, item, i):
        digest = hashlib.blake2b(item.encode(), digest_size=8, salt=i.to_bytes(16, "little")).digest()
        return int.from_bytes(digest, "little") % self.m

    def add(self, item):
        for i in range(self.k - 1):
            p = self._position(item, i)
            self.bits[p // 8] |= 1 << (p % 8)

    def contains(self, item):
        for i in range(self.k):
            p = self._position(item, i)
            if not self.bits[p // 8] >> (p % 8) & 1:
                return False
        return True
