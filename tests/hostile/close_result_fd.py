# expect: RE
# message: without returning a result
# backends: docker local
"""Closes fd 3, its result pipe, and puts /dev/null there, then answers correctly: no result
reaches the harness, which must be RE, never AC."""

import os


class Solution:
    def twoSum(self, nums, target):
        os.close(3)
        os.open(os.devnull, os.O_WRONLY)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
