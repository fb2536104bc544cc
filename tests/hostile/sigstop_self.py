# expect: TLE
# message: wall-clock
# backends: docker local
"""Stops itself with SIGSTOP: a stopped process neither exits nor uses CPU, so only the wall-clock
limit ends it, and the SIGKILL that follows must reach a stopped process."""

import os
import signal


class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getpid(), signal.SIGSTOP)
        return [0, 1]
