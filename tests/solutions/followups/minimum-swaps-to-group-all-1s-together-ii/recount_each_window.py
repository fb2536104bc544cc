# follow-up: linear-time not met
# cases: TLE
# Recounts every window's zeros from scratch: O(n * ones), quadratic with half the bits set.
class Solution:
    def minSwaps(self, nums):
        n, ones = len(nums), sum(nums)
        best = ones
        for start in range(n):
            zeros = 0
            for k in range(start, start + ones):
                zeros += nums[k % n] == 0
            best = min(best, zeros)
        return best
