# expect: OLE
# message: stdout
# backends: docker local
"""Prints forever: the 8 KB output cap (RLIMIT_FSIZE on the capture file) must end it as OLE."""


class Solution:
    def twoSum(self, nums, target):
        while True:
            print("spam " * 200)
