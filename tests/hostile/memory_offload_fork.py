# expect: MLE
# backends: docker local
# xfail[local]: local backend limit: no cgroup, memory is per process (RLIMIT_AS), so 3 x 40 MB helpers pass
# limits: time_ms=3000
"""Spreads 120 MB (about twice the 64 MB limit) over three forked helpers of 40 MB each, every one
under its own RLIMIT_AS, and answers correctly once all three hold their share: memory the
solution's processes use together is its memory, so this must be MLE, not AC."""

import os


class Solution:
    def twoSum(self, nums, target):
        ready_r, ready_w = os.pipe()
        hold_r, _hold_w = os.pipe()  # the write end stays open: helpers block on reading
        for _ in range(3):
            if os.fork() == 0:
                share = b"x" * (40 * 1024 * 1024)
                os.write(ready_w, b"1")
                os.read(hold_r, 1 + len(share) * 0)  # hold the share until the case ends
                os._exit(0)
        held = sum(len(os.read(ready_r, 1)) for _ in range(3))
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i + held * 0]
            seen[x] = i
