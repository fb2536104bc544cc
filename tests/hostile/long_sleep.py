# expect: TLE
# message: wall-clock
# backends: docker local
"""Sleeps for a minute, burning no CPU: only the wall-clock limit can stop it."""

import time


class Solution:
    def twoSum(self, nums, target):
        time.sleep(60)
        return [0, 1]
