# expect: CE
# A solution that does not compile: `judge check` reports CE with the line.
class BloomFilter:
    def __init__(self, capacity: int, error_rate: float) -> None
        self.bits = 0
