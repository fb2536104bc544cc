# expect: AC
# backends: docker
# cases: example-1 example-2 example-3
# later: AC
"""Leaves a marker in /tmp: a later case that finds it answers wrongly. Docker only: locally
/tmp is this machine's own and not the judge's to clear."""

import os

PATH = "/tmp/HOSTILE-MARKER-state"


class Solution:
    def twoSum(self, nums, target):
        if os.path.exists(PATH):
            return [0, 0]
        try:
            with open(PATH, "w") as handle:
                handle.write("x")
        except OSError:
            pass
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
