# expect: AC
# backends: docker local
"""Closes stdout and stderr, then prints and answers: output is not the answer channel, so the
right return value is still AC (and the failed flush is not the solution's crash)."""

import os


class Solution:
    def twoSum(self, nums, target):
        os.close(1)
        os.close(2)
        print("into the void")
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
