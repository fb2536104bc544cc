class Solution:
    def minSwaps(self, nums: list[int]) -> int:
        # The 1s end up in some circular window of length ones; every 0 inside
        # it costs one swap. Slide that window once around the circle: O(n).
        n = len(nums)
        ones = sum(nums)
        if ones in (0, n):
            return 0
        inside = sum(nums[:ones])
        best = inside
        for start in range(1, n):
            inside += nums[(start + ones - 1) % n] - nums[start - 1]
            best = max(best, inside)
        return ones - best
