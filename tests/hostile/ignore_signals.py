# expect: TLE
# message: CPU time
# backends: docker local
"""Ignores every catchable signal (SIGXCPU, SIGTERM, SIGINT, SIGHUP, ...) and spins: the judge must
stop it with SIGKILL, which cannot be ignored."""

import signal


class Solution:
    def twoSum(self, nums, target):
        for sig in signal.Signals:
            try:
                signal.signal(sig, signal.SIG_IGN)
            except (OSError, ValueError, RuntimeError):
                pass
        while True:
            pass
