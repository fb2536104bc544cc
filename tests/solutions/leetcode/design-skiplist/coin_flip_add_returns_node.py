class SkipNode:
    __slots__ = ("val", "right", "down")

    def __init__(self, val=-1, right=None, down=None):
        self.val, self.right, self.down = val, right, down


class Skiplist:
    def __init__(self):
        self.head = SkipNode()

    def search(self, target: int) -> bool:
        cur = self.head
        while cur:
            while cur.right and cur.right.val < target:
                cur = cur.right
            if cur.right and cur.right.val == target:
                return True
            cur = cur.down
        return False

    def add(self, num: int) -> None:
        path = []
        cur = self.head
        while cur:
            while cur.right and cur.right.val < num:
                cur = cur.right
            path.append(cur)
            cur = cur.down
        below, grow = None, True
        while grow and path:
            prev = path.pop()
            prev.right = below = SkipNode(num, prev.right, below)
            grow = randint(0, 1) == 1
        if grow:
            self.head = SkipNode(-1, SkipNode(num, None, below), self.head)
        return below  # handy while debugging; add is void on LeetCode, so it is ignored

    def erase(self, num: int) -> bool:
        cur, found = self.head, False
        while cur:
            while cur.right and cur.right.val < num:
                cur = cur.right
            if cur.right and cur.right.val == num:
                found = True
                cur.right = cur.right.right
            cur = cur.down
        return found
