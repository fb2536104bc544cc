# expect: WA
# message: returned an int of about 401 digits at [0]; expected int
# backends: docker local
"""Returns 10**400 as an index: JSON can carry it, but no answer needs it; the host must say
what it is (WA), not fail converting it to a float."""


class Solution:
    def twoSum(self, nums, target):
        return [10**400, 1]
