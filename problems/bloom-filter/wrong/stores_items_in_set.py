# expect: WA
# Keeps the items in a Python set: exact answers, but memory grows with the items instead of
# staying near m bits, so the memory rule rejects it.
class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.items = set()

    def add(self, item):
        self.items.add(item)

    def contains(self, item):
        return item in self.items
