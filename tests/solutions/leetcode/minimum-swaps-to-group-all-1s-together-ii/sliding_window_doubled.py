class Solution:
    def minSwaps(self, nums: List[int]) -> int:
        ones = sum(nums)
        if ones == 0:
            return 0
        arr = nums + nums
        zeros = ones - sum(arr[:ones])
        best = zeros
        for i in range(ones, len(arr)):
            zeros += arr[i - ones] - arr[i]
            best = min(best, zeros)
        return best
