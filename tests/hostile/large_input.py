# expect: AC
# backends: docker local
# cases: all
# limits: time_ms=3000
"""Judged on every case, including two with n = 10^5 (about a megabyte of JSON each, far more
than a pipe buffer), and it prints a little on each: framing must hold both ways."""


class Solution:
    def twoSum(self, nums, target):
        print(len(nums))
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
