# expect: WA
# Keeps the items themselves in a class attribute: the instance frees nothing when
# deleted, but the memory was still allocated by the filter's code and is counted.
class BloomFilter:
    items = {}  # noqa: RUF012  (the mistake this file keeps)

    def __init__(self, capacity, error_rate):
        pass

    def add(self, item):
        BloomFilter.items[item] = True

    def contains(self, item):
        return item in BloomFilter.items
