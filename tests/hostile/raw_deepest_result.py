# expect: WA
# message: returned a value nested too deeply to read; expected list[int]
# backends: docker local
"""Writes a value nested 100,000 lists deep into the result pipe, past the harness's own
recursion limit: json.loads fails inside the harness, which must report that as the answer's
fault (WA), not die and have the case reported as the harness's death."""

import os


class Solution:
    def twoSum(self, nums, target):
        os.write(3, b'{"ok": true, "value": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
        os._exit(0)
