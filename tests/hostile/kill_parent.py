# expect: RE
# message[local]: harness died
# expect[docker]: AC
# backends: docker local
# cases: example-1 example-2
# later: AC
# limits: time_ms=3000
"""SIGKILLs its parent, the harness, then answers correctly. Locally the harness dies: that case
must be RE (never AC) and a fresh harness judges the next one. In docker the harness is the
namespace's init, which ignores signals from inside: nothing dies and the answer stands (AC)."""

import os
import signal
import time


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15]:
            os.kill(os.getppid(), signal.SIGKILL)
            time.sleep(0.2)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
