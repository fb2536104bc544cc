# expect: OLE
# message: stderr
# backends: docker local
"""Writes to stderr forever: stderr has its own cap, so this is OLE too, not a hang or a TLE."""

import sys


class Solution:
    def twoSum(self, nums, target):
        while True:
            sys.stderr.write("noise " * 200 + "\n")
