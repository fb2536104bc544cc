class BloomFilter:
    """k positions per item drawn from a Random seeded with the item."""

    def __init__(self, capacity: int, error_rate: float):
        self.m = max(1, math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2))
        self.k = max(1, round(self.m / capacity * math.log(2)))
        self.bits = bytearray(-(-self.m // 8))

    def _probe(self, item: str):
        rng = random.Random(item)
        return (rng.randrange(self.m) for _ in range(self.k))

    def add(self, item: str) -> bool:
        """Returns True when the item was (probably) not there yet, like many libraries."""
        fresh = False
        for p in self._probe(item):
            byte, bit = divmod(p, 8)
            if not self.bits[byte] >> bit & 1:
                fresh = True
                self.bits[byte] |= 1 << bit
        return fresh

    def contains(self, item: str) -> bool:
        for p in self._probe(item):
            byte, bit = divmod(p, 8)
            if not self.bits[byte] >> bit & 1:
                return False
        return True
