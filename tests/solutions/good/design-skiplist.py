"""A sorted list with bisect instead of a skip list: the same behaviour."""

import bisect


class Skiplist:
    def __init__(self):
        self.values = []

    def search(self, target: int) -> bool:
        index = bisect.bisect_left(self.values, target)
        return index < len(self.values) and self.values[index] == target

    def add(self, num: int) -> None:
        bisect.insort(self.values, num)

    def erase(self, num: int) -> bool:
        index = bisect.bisect_left(self.values, num)
        if index < len(self.values) and self.values[index] == num:
            del self.values[index]
            return True
        return False
