# expect: WA
# message: returned a float (0.0) at [0]; expected int
# backends: docker local
"""Returns the right indices as floats: where an int is declared, 0.0 is as wrong as True for 1."""


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [float(seen[target - x]), float(i)]
            seen[x] = i
