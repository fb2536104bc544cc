# expect: RE
# message: MemoryError: not the builtin one
# backends: docker local
"""Raises its own class named MemoryError: verdicts follow the exception's type, not its name,
so this is RE, never MLE."""


class MemoryError(Exception):
    pass


class Solution:
    def twoSum(self, nums, target):
        raise MemoryError("not the builtin one")
