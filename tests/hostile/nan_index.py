# expect: WA
# message: returned a float (nan) at [0]; expected int
# backends: docker local
"""Returns NaN as an index: WA with the value named."""


class Solution:
    def twoSum(self, nums, target):
        return [float("nan"), 1]
