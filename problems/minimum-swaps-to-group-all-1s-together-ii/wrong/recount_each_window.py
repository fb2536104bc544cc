# expect: TLE
# Recounts the zeros of every window from scratch: O(n * ones), quadratic when half the array is 1s.
class Solution:
    def minSwaps(self, nums):
        n = len(nums)
        ones = sum(nums)
        best = ones
        for start in range(n):
            zeros = 0
            for k in range(ones):
                if nums[(start + k) % n] == 0:
                    zeros += 1
            best = min(best, zeros)
        return best
