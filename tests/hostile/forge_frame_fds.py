# expect: WA
# backends: docker local
"""Writes a forged result frame to stdout, stderr and every other open descriptor but its own
result pipe (fd 3), hoping one leads to the host; then answers wrongly. The captures swallow the
frames, no channel to the host is inherited, so the wrong answer is what gets judged."""

import json
import os
import struct


class Solution:
    def twoSum(self, nums, target):
        body = json.dumps({"type": "result", "id": "example-1", "cpu_ms": 1.0, "result": {"ok": True, "value": [0, 1]}}).encode()
        frame = struct.pack(">I", len(body)) + body
        for fd in range(1024):
            if fd != 3:
                try:
                    os.write(fd, frame)
                except OSError:
                    pass
        return [0, 0]
