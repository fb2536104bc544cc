# expect: WA
# Off by one: starts the best count at 0 instead of the first window's count, so the window at index 0 is never considered.
class Solution:
    def minSwaps(self, nums):
        n = len(nums)
        ones = sum(nums)
        inside = sum(nums[:ones])
        best = 0
        for start in range(1, n):
            inside += nums[(start + ones - 1) % n] - nums[start - 1]
            best = max(best, inside)
        return ones - best
