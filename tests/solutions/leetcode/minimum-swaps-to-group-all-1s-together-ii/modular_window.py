class Solution:
    def minSwaps(self, nums: List[int]) -> int:
        n, k = len(nums), nums.count(1)
        window = ans = 0
        ans = inf
        for right in range(n + k):
            window += nums[right % n]
            if right >= k:
                window -= nums[(right - k) % n]
            if right >= k - 1:
                ans = min(ans, k - window)
        return 0 if ans == inf else ans
