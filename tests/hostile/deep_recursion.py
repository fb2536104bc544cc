# expect: RE
# message: RecursionError
# backends: docker local
# limits: time_ms=5000
"""Recurses without end in pure Python under the judge's recursion limit (10^5): RecursionError,
which is RE, long before the 64 MB stack or the memory limit is reached."""


def descend(n):
    return descend(n + 1) + 1


class Solution:
    def twoSum(self, nums, target):
        return [descend(0), 1]
