# expect: TLE
# A sorted singly linked list with no express levels: every call walks O(n) nodes in Python.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


class Skiplist:
    def __init__(self):
        self.head = Node(-1)

    def _before(self, target):
        cur = self.head
        while cur.next and cur.next.val < target:
            cur = cur.next
        return cur

    def search(self, target):
        nxt = self._before(target).next
        return nxt is not None and nxt.val == target

    def add(self, num):
        cur = self._before(num)
        cur.next = Node(num, cur.next)

    def erase(self, num):
        cur = self._before(num)
        if cur.next is None or cur.next.val != num:
            return False
        cur.next = cur.next.next
        return True
