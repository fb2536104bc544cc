# expect: WA
# message: nums[0] + nums[1] = 5, not 6
# backends: docker local
# cases: example-2
"""Monkeypatches json.dumps (which the harness uses in the same process to encode the result) so
the payload claims ok with [0, 1] plus made-up cpu_ms and verdict fields, and returns garbage.
The payload is only ever the solution's answer: [0, 1] is checked against the input and fails."""

import json

_real_dumps = json.dumps


def _forging_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and "ok" in obj:
        obj = {"ok": True, "value": [0, 1], "cpu_ms": 0, "killed_by": None, "verdict": "AC"}
    return _real_dumps(obj, *args, **kwargs)


json.dumps = _forging_dumps


class Solution:
    def twoSum(self, nums, target):
        return "garbage"
