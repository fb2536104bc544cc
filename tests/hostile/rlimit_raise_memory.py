# expect: MLE
# backends: docker local
"""Raises RLIMIT_AS and RLIMIT_DATA to unlimited (root may, locally), then fills 256 MB, four
times the 64 MB limit, and answers correctly: using that much memory must be MLE, whatever
the rlimits say when the process ends."""

import resource


class Solution:
    def twoSum(self, nums, target):
        for kind in (resource.RLIMIT_AS, resource.RLIMIT_DATA):
            try:
                resource.setrlimit(kind, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            except (ValueError, OSError):
                pass
        ballast = b"x" * (256 * 1024 * 1024)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i + len(ballast) * 0]
            seen[x] = i
