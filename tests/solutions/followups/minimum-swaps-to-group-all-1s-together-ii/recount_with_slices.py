# follow-up: linear-time not met
# cases: TLE
# Recounts every window with a C-speed slice and count: still O(n * ones), only with a smaller constant.
class Solution:
    def minSwaps(self, nums):
        n, ones = len(nums), sum(nums)
        doubled = nums + nums
        return min(doubled[start : start + ones].count(0) for start in range(n)) if ones else 0
