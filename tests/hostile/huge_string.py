# expect: WA
# message: returned a str
# backends: docker local
# limits: memory_mb=512 time_ms=2000
"""Returns [0, "x" * 40_000_000]: the message names a str (cut), and no part of the host lays the
40 MB out (the test suite also times `judge submit` on it)."""


class Solution:
    def twoSum(self, nums, target):
        return [0, "x" * 40_000_000]
