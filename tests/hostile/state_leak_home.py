# expect: AC
# backends: docker local
# cases: example-1 example-2 example-3
# later: AC
"""Leaves a marker in $HOME and in $TMPDIR, the places a program writes scratch files to: a later
case finding one answers wrongly (-1, and a bit mask of where: 1 $HOME, 2 $TMPDIR)."""

import os

NAME = "HOSTILE-MARKER-state"


class Solution:
    def twoSum(self, nums, target):
        paths = [os.path.join(os.environ.get(variable, "/nonexistent"), NAME) for variable in ("HOME", "TMPDIR")]
        found = sum(bit for bit, path in ((1, paths[0]), (2, paths[1])) if os.path.exists(path))
        for path in paths:
            try:
                with open(path, "w") as handle:
                    handle.write("x")
            except OSError:
                pass
        if found:
            return [-1, found]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
