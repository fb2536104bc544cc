# expect: MLE
# backends: docker local
# limits: time_ms=3000
"""Grows a list of 1 MB blocks without bound: RLIMIT_AS (or the memory cgroup) must stop it."""


class Solution:
    def twoSum(self, nums, target):
        hoard = []
        while True:
            hoard.append(bytearray(10**6))
