# expect: AC
# backends: docker
# cases: example-1 example-2
# later: AC
"""SIGSTOPs its parent, the harness, then answers correctly. In docker the harness is the
namespace's init, immune to signals from inside, so nothing stops and the answer stands."""

import os
import signal


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15]:
            os.kill(os.getppid(), signal.SIGSTOP)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
