# expect: AC
# backends: docker
"""Tries to read the harness's memory, environment and descriptors through /proc/<ppid> and to
PTRACE_ATTACH to it: the harness is non-dumpable and the solution unprivileged, so all must fail.
Answers correctly only then. Docker only: root locally may do all of it."""

import ctypes
import os

PTRACE_ATTACH = 16


def all_refused():
    parent = os.getppid()
    for path in (f"/proc/{parent}/mem", f"/proc/{parent}/environ"):
        try:
            with open(path, "rb") as handle:
                handle.read(1)
            return False
        except OSError:
            pass
    try:
        os.listdir(f"/proc/{parent}/fd")
        return False
    except OSError:
        pass
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.ptrace(PTRACE_ATTACH, parent, None, None) == -1


class Solution:
    def twoSum(self, nums, target):
        if not all_refused():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
