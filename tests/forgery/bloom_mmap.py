# problem: bloom-filter
# expect: WA
# message: memory too high
"""Keeps an 8-byte fingerprint of every item in an anonymous mmap, which tracemalloc never sees."""


import hashlib
import mmap


class BloomFilter:
    SIZE = 1 << 22
    def __init__(self, capacity, error_rate):
        self.mm = mmap.mmap(-1, self.SIZE)
    def _slot(self, item):
        return int.from_bytes(hashlib.blake2b(item.encode(), digest_size=8).digest(), "little") % (self.SIZE // 8)
    def add(self, item):
        s = self._slot(item) * 8
        self.mm[s:s+8] = hashlib.blake2b(item.encode(), digest_size=8).digest()
    def contains(self, item):
        s = self._slot(item) * 8
        return self.mm[s:s+8] == hashlib.blake2b(item.encode(), digest_size=8).digest()
