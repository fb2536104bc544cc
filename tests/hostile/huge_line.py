# expect: OLE
# message: stdout
# backends: docker local
# limits: memory_mb=512 time_ms=3000
"""Prints one 50 MB line with no newline before it (memory is roomy here, so only the output cap
can object): the write fails at the cap and the verdict is OLE."""


class Solution:
    def twoSum(self, nums, target):
        print("y" * 50_000_000)
        return [0, 1]
