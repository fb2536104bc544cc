# problem: bloom-filter
# expect: WA
# message: memory too high
"""Keeps the items in a set in a forked helper process and asks it over a socket."""


import os
import socket


class BloomFilter:
    def __init__(self, capacity, error_rate):
        a, b = socket.socketpair()
        if os.fork() == 0:
            a.close()
            items = set()
            f = b.makefile("rwb")
            for line in f:
                op, item = line[:1], line[1:-1]
                if op == b"a":
                    items.add(item)
                else:
                    f.write(b"1\n" if item in items else b"0\n")
                    f.flush()
            os._exit(0)
        b.close()
        self.f = a.makefile("rwb")
    def add(self, item):
        self.f.write(b"a" + item.encode("unicode_escape") + b"\n")
    def contains(self, item):
        self.f.write(b"c" + item.encode("unicode_escape") + b"\n")
        self.f.flush()
        return self.f.readline() == b"1\n"
