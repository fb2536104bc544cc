# expect: MLE
# backends: docker local
"""Raises the builtin MemoryError itself (the control for fake_memory_error): MLE."""


class Solution:
    def twoSum(self, nums, target):
        raise MemoryError
