# expect: WA
# Ignores the circularity: slides the window over the linear array only, so groups that wrap around the end are missed.
class Solution:
    def minSwaps(self, nums):
        ones = sum(nums)
        inside = sum(nums[:ones])
        best = inside
        for right in range(ones, len(nums)):
            inside += nums[right] - nums[right - ones]
            best = max(best, inside)
        return ones - best
