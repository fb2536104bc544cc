class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        order = sorted(range(len(nums)), key=lambda i: nums[i])
        values = [nums[i] for i in order]
        for a in range(len(values)):
            b = bisect_left(values, target - values[a], a + 1)
            if b < len(values) and values[b] == target - values[a]:
                return [order[a], order[b]]
        return []
