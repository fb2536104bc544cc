# expect: RE
# message[docker]: killed by SIGSEGV
# backends: docker local
# limits: time_ms=5000
"""Lifts the recursion limit and recurses through C (each level re-enters the interpreter via map,
costing C stack): the 64 MB stack overflows, the child dies of SIGSEGV, and that is RE (never AC,
and the harness is unharmed). The message is pinned for the image's Python 3.11 only: newer
interpreters have a C recursion limit of their own and may raise RecursionError instead."""

import sys


def descend(n):
    return max(map(descend, [n + 1]))


class Solution:
    def twoSum(self, nums, target):
        sys.setrecursionlimit(10**9)
        return [descend(0), 1]
