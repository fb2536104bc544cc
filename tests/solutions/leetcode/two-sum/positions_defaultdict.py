class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        positions = defaultdict(list)
        for i, x in enumerate(nums):
            positions[x].append(i)
        for x, where in positions.items():
            y = target - x
            if y == x:
                if len(where) >= 2:
                    return where[:2]
            elif y in positions:
                return [where[0], positions[y][0]]
