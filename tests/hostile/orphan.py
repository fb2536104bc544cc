# expect: AC
# backends: docker local
# cases: example-1 example-2
# later: AC
# limits: time_ms=3000
"""Answers the first case once a double-forked orphan in a new session (sleeping forever, a marker
in its command line) is running; the next case answers correctly only if that orphan is gone."""

import os
import sys
import time

MARKER = "HOSTILE-MARKER"


def orphan_alive():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if MARKER.encode() in handle.read():
                    return True
        except OSError:
            pass
    return False


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15] and os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execv(sys.executable, [sys.executable, "-c", "import time\nwhile True: time.sleep(1)", MARKER])
            os._exit(0)
        if nums == [2, 7, 11, 15]:
            deadline = time.monotonic() + 1
            while not orphan_alive():
                if time.monotonic() > deadline:
                    return [1, 1]  # the orphan never started: the attack did not happen
                time.sleep(0.01)
        elif orphan_alive():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
