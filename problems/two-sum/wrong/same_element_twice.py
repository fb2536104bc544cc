# expect: WA
# Builds the whole map first, so x + x == target pairs an element with itself.
class Solution:
    def twoSum(self, nums, target):
        index = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in index:
                return [i, index[target - x]]
        return []
