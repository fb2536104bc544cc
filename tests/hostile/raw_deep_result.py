# expect: WA
# message: returned a list of 1 at [0]; expected int
# backends: docker local
"""Writes a value nested 900 lists deep straight into the result pipe (the harness parses it,
the host would recurse past its limit): the host judges it (WA: a list where an index belongs) and never crashes."""

import os


class Solution:
    def twoSum(self, nums, target):
        os.write(3, b'{"ok": true, "value": ' + b"[" * 900 + b"]" * 900 + b"}")
        os._exit(0)
