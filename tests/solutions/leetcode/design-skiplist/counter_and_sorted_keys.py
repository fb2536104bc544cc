class Skiplist:
    def __init__(self):
        self.count = Counter()
        self.keys: List[int] = []

    def search(self, target: int) -> bool:
        return self.count[target] > 0

    def add(self, num: int) -> None:
        if self.count[num] == 0:
            insort(self.keys, num)
        self.count[num] += 1
        return True

    def erase(self, num: int) -> bool:
        if self.count[num] == 0:
            return False
        self.count[num] -= 1
        if self.count[num] == 0:
            self.keys.pop(bisect_left(self.keys, num))
        return True
