# follow-up: linear-time met
# The interview's own: double the array so windows that wrap are plain slices, slide once: O(n).
class Solution:
    def minSwaps(self, nums):
        n = len(nums)
        ones = sum(nums)
        doubled = nums + nums
        zeros = ones - sum(doubled[:ones])
        best = zeros
        for end in range(ones, ones + n - 1):
            zeros += (doubled[end] == 0) - (doubled[end - ones] == 0)
            best = min(best, zeros)
        return best
