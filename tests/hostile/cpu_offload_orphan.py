# expect: TLE
# message: CPU time
# backends: docker local
# limits: time_ms=50
"""Hands the work to a double-forked helper in its own session (out of the process group, never
waited for) that burns 0.6 s of CPU, twelve times the 50 ms limit (and done well inside the 1.15 s
wall limit), while the solution itself sleeps on a pipe: CPU the solution's processes use is its
CPU, so this must be TLE, not AC."""

import os
import time


class Solution:
    def twoSum(self, nums, target):
        r, w = os.pipe()
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                start = time.process_time()
                while time.process_time() - start < 0.6:
                    pass
                os.write(w, b"done")
                os._exit(0)
            os._exit(0)
        os.wait()
        os.read(r, 4)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
