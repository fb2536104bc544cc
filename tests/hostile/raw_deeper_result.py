# expect: WA
# message: returned a value nested too deeply to read; expected list[int]
# backends: docker
"""Writes a value nested 985 lists deep into the result pipe: just under the harness's recursion
limit, so the harness parses it and sends it on, but too deep for the host's JSON reader, which
sits deeper in its own stack. The host reports it (WA), never an internal error."""

import os


class Solution:
    def twoSum(self, nums, target):
        os.write(3, b'{"ok": true, "value": ' + b"[" * 985 + b"]" * 985 + b"}")
        os._exit(0)
