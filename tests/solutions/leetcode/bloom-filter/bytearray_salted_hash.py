class BloomFilter:
    def __init__(self, capacity: int, error_rate: float):
        self.size = max(1, ceil(-capacity * log(error_rate) / (log(2) ** 2)))
        self.hash_count = max(1, round(self.size / capacity * log(2)))
        self.bit_array = bytearray((self.size + 7) // 8)

    def _indexes(self, item: str) -> List[int]:
        return [hash(f"{seed}:{item}") % self.size for seed in range(self.hash_count)]

    def add(self, item: str) -> None:
        for i in self._indexes(item):
            self.bit_array[i >> 3] |= 1 << (i & 7)

    def contains(self, item: str) -> bool:
        return all(self.bit_array[i >> 3] & (1 << (i & 7)) for i in self._indexes(item))
