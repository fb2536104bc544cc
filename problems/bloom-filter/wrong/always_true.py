# expect: WA
# Stores nothing and answers true to every query: no false negatives and almost no memory,
# but every never-added item is a false positive. A tiny filter's allowance must still
# reject it (at capacity 1, error_rate 0.5, a correct filter has one bit of its two set).
# says: false-positive rate too high
# says: with capacity 1


class BloomFilter:
    def __init__(self, capacity: int, error_rate: float) -> None:
        pass

    def add(self, item: str) -> None:
        pass

    def contains(self, item: str) -> bool:
        return True
