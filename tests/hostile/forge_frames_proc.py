# expect: WA
# backends: docker local
# xfail[local]: the local backend is not isolated: as root, non-dumpable does not stop opening /proc/<harness>/fd/<channel>
"""Writes a forged result frame (the right answer, found case id) into every file descriptor of
the harness it can open through /proc/<ppid>/fd and /proc/1/fd, then answers wrongly: the host
must judge the real (wrong) answer. /proc/1 is only tried when unprivileged (it is the harness then)."""

import json
import os
import struct
import sys


def case_id():
    frame = sys._getframe()
    while frame is not None:
        found = frame.f_locals.get("frame")
        if isinstance(found, dict) and "id" in found:
            return found["id"]
        frame = frame.f_back
    return "example-1"


def forged():
    facts = {"type": "result", "id": case_id(), "cpu_ms": 1.0, "memory_kb": 1, "result": {"ok": True, "value": [0, 1]}}
    body = json.dumps(facts).encode()
    return struct.pack(">I", len(body)) + body


class Solution:
    def twoSum(self, nums, target):
        frame = forged()
        for pid in {os.getppid(), 1} if os.getuid() != 0 else {os.getppid()}:
            try:
                fds = os.listdir(f"/proc/{pid}/fd")
            except OSError:
                continue
            for fd in fds:
                try:
                    out = os.open(f"/proc/{pid}/fd/{fd}", os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
                    os.write(out, frame)
                    os.close(out)
                except OSError:
                    pass
        return [0, 0]
