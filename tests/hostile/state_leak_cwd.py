# expect: AC
# backends: docker local
# cases: example-1 example-2 example-3
# later: AC
"""Leaves a marker file in its working directory and a module-level counter: each case must start
in a fresh, empty directory with a freshly executed module, or it answers wrongly."""

import os

calls = []


class Solution:
    def twoSum(self, nums, target):
        calls.append(1)
        if len(calls) > 1 or os.path.exists("HOSTILE-MARKER"):
            return [0, 0]
        with open("HOSTILE-MARKER", "w") as handle:
            handle.write("x")
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
