# expect: TLE
# message: CPU time
# backends: docker local
"""Hands the work to a double-forked helper in its own session (out of the process group, never
waited for) that burns 1 s of CPU, three times the limit, while the solution itself sleeps on a
pipe: CPU the solution's processes use is its CPU, so this must be TLE, not AC."""

import os
import time


class Solution:
    def twoSum(self, nums, target):
        r, w = os.pipe()
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                start = time.process_time()
                while time.process_time() - start < 1.0:
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
