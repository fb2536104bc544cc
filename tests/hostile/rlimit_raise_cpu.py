# expect: TLE
# message: CPU time
# backends: docker local
"""Raises RLIMIT_CPU to unlimited (allowed for root locally, refused in docker) and ignores
SIGXCPU, then spins: the harness's own CPU polling must still stop it."""

import resource
import signal


class Solution:
    def twoSum(self, nums, target):
        try:
            resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        except (ValueError, OSError):
            pass
        signal.signal(signal.SIGXCPU, signal.SIG_IGN)
        while True:
            pass
