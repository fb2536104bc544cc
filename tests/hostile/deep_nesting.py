# expect: WA
# message: returned a list of 1 at [0]; expected int
# backends: docker local
"""Returns a list nested 5000 deep (the child's recursion limit allows building and encoding it):
the host, whose own recursion limit is 1000, must judge it (WA: a list where an index belongs), not die of RecursionError."""


class Solution:
    def twoSum(self, nums, target):
        value = [0, 1]
        for _ in range(5000):
            value = [value]
        return value
