# expect: AC
# backends: docker
# cases: example-1 example-2 example-3
# later: AC
"""Tries to carry state from one case to the next through IPC objects that outlive a process:
a POSIX message queue (/dev/mqueue), a System V message queue and a System V shared-memory
segment, all under one key. A later case that finds any of them answers wrongly. Docker only:
locally these would be the machine's own."""

import ctypes
import os

KEY = 0x484F5354
IPC_CREAT = 0o1000
MQUEUE = "/dev/mqueue/HOSTILE-MARKER-state"
libc = ctypes.CDLL(None, use_errno=True)


def leave_state():
    try:
        os.close(os.open(MQUEUE, os.O_CREAT | os.O_RDWR, 0o600))
    except OSError:
        pass
    libc.msgget(KEY, IPC_CREAT | 0o600)
    libc.shmget(KEY, 4096, IPC_CREAT | 0o600)


def state_found():
    return os.path.exists(MQUEUE) or libc.msgget(KEY, 0) >= 0 or libc.shmget(KEY, 0, 0) >= 0


class Solution:
    def twoSum(self, nums, target):
        if state_found():
            return [0, 0]
        leave_state()
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
