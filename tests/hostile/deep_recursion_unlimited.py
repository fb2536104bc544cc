# expect: RE
# message[docker]: SystemError: error return without exception set
# backends: docker local
# limits: time_ms=30000
"""Lifts the recursion limit and recurses in pure Python: frames live on the heap (3.11), so no
stack overflows; at the 64 MB RLIMIT_AS CPython 3.11 and 3.12 fail to push a frame and raise a
bare SystemError, not MemoryError (3.13 segfaults). RE either way; the message is pinned for the
image's 3.11 only. The CPU limit is raised so memory runs out first (at 300 ms it would be TLE)."""

import sys


def descend(n):
    return descend(n + 1) + 1


class Solution:
    def twoSum(self, nums, target):
        sys.setrecursionlimit(10**9)
        return [descend(0), 1]
