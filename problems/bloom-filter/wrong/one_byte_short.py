# expect: RE
# The reference with one mutation: the bit array has (m + 6) // 8 bytes instead of
# (m + 7) // 8. That is one byte short exactly when m % 8 == 1 (the last byte would hold only
# bit m - 1), so it fails only on such a filter, once some item probes bit m - 1.
# says: generated-16
# says: IndexError: bytearray index out of range
import math
from hashlib import blake2b


class BloomFilter:
    """m bits in a packed bytearray, k probes by double hashing (Kirsch-Mitzenmacher):
    probe i is (h1 + i * h2) mod m, with h1 and h2 from one 128-bit BLAKE2b digest."""

    def __init__(self, capacity: int, error_rate: float) -> None:
        ln2 = math.log(2)
        self.m = max(1, math.ceil(-capacity * math.log(error_rate) / (ln2 * ln2)))
        self.k = max(1, round(self.m / capacity * ln2))
        self.bits = bytearray((self.m + 6) // 8)  # one byte short when m % 8 == 1

    def _hashes(self, item: str) -> tuple[int, int]:
        digest = blake2b(item.encode(), digest_size=16).digest()
        m = self.m
        h1 = int.from_bytes(digest[:8], "little") % m
        h2 = (int.from_bytes(digest[8:], "little") | 1) % m
        return h1, h2

    def add(self, item: str) -> None:
        bits, m = self.bits, self.m
        position, step = self._hashes(item)
        for _ in range(self.k):
            bits[position >> 3] |= 1 << (position & 7)
            position += step
            if position >= m:
                position -= m

    def contains(self, item: str) -> bool:
        bits, m = self.bits, self.m
        position, step = self._hashes(item)
        for _ in range(self.k):
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
            position += step
            if position >= m:
                position -= m
        return True
