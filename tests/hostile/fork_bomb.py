# expect: TLE
# message: CPU time
# backends: docker
# cases: example-1 example-2
# later: AC
# limits: time_ms=100
"""Forks without end on the first case: RLIMIT_NPROC and the pids limit cap the growth, the forks
share one CPU until the wall clock stops them, and the CPU of the whole process tree (every
fork is reaped by the harness) is far over the limit: TLE on CPU. Every fork must be gone after
it, so the next case is AC. Docker only: as root locally RLIMIT_NPROC does not apply."""

import os


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15]:
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
