class Solution:
    def minSwaps(self, nums: List[int]) -> int:
        n, ones = len(nums), sum(nums)
        prefix = list(accumulate(nums + nums, initial=0))
        most = max((prefix[i + ones] - prefix[i] for i in range(n)), default=0)
        return ones - most
