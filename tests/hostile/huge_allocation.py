# expect: MLE
# message: MemoryError
# backends: docker local
"""Asks for 80 GB at once: the allocation fails with MemoryError, which is MLE, not RE."""


class Solution:
    def twoSum(self, nums, target):
        table = [0] * (10**10)
        return [table[0], 1]
