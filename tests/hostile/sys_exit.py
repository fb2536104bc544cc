# expect: RE
# message: sys.exit
# backends: docker local
"""Computes the right answer, prints it, then calls sys.exit(0): a clean exit status is not an
answer, so this is RE, never AC."""

import sys


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                print([seen[target - x], i])
                sys.exit(0)
            seen[x] = i
