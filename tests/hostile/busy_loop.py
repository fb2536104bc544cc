# expect: TLE
# message: CPU time
# backends: docker local
"""Spins forever without a syscall: the harness's CPU polling must kill it near the 300 ms limit."""


class Solution:
    def twoSum(self, nums, target):
        while True:
            pass
