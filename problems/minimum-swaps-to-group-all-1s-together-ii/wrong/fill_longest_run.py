# expect: WA
# Greedy: keeps the longest circular run of 1s in place and counts the 1s outside it, but the best window need not contain that run.
class Solution:
    def minSwaps(self, nums):
        n = len(nums)
        ones = sum(nums)
        if ones == n:
            return 0
        longest = run = 0
        for k in range(2 * n):
            if nums[k % n] == 1:
                run += 1
                longest = max(longest, run)
            else:
                run = 0
        return ones - longest
