"""Prefix sums over the doubled array instead of a sliding window."""

from itertools import accumulate


class Solution:
    def minSwaps(self, nums: list[int]) -> int:
        ones = sum(nums)
        if ones in (0, len(nums)):
            return 0
        prefix = [0, *accumulate(nums + nums)]
        return min(ones - (prefix[i + ones] - prefix[i]) for i in range(len(nums)))
