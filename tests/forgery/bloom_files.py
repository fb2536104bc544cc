# problem: bloom-filter
# expect: WA
# message: memory too high
"""Keeps every item as an empty file in its scratch directory, named by the item's digest."""


import hashlib
import os


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.dir = os.environ.get("TMPDIR", "/tmp")
    def _name(self, item):
        return os.path.join(self.dir, hashlib.md5(item.encode()).hexdigest())
    def add(self, item):
        open(self._name(item), "w").close()
    def contains(self, item):
        return os.path.exists(self._name(item))
