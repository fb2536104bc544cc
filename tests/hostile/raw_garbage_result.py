# expect: RE
# message: an unreadable error
# backends: docker local
"""Writes a result whose every field has the wrong type (error a number, value an unknown
escape with extra keys) into the result pipe: the host reads only well-typed fields, so RE."""

import json
import os


class Solution:
    def twoSum(self, nums, target):
        forged = {"ok": "yes", "error": 5, "value": {"$node": 1, "$dict": 2}, "input_modified": "x", "retained_bytes": "many"}
        os.write(3, json.dumps(forged).encode())
        os._exit(0)
