# expect: WA
# message: malformed float
# backends: docker local
"""Writes {"$float": "not-a-number"} straight into the result pipe (fd 3), bypassing the harness's
encoder: the host must judge it (WA), not die of float("not-a-number")."""

import json
import os


class Solution:
    def twoSum(self, nums, target):
        os.write(3, json.dumps({"ok": True, "value": [0, {"$float": "not-a-number"}]}).encode())
        os._exit(0)
