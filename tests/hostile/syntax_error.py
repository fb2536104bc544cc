# expect: CE
# message: 'break' outside loop
# backends: docker local
"""Does not compile ('break' outside a loop; the parser accepts it, the compiler does not): CE,
before anything runs, so the parent-killing line above it never executes."""

import os
import signal

os.kill(os.getppid(), signal.SIGKILL)


class Solution:
    def twoSum(self, nums, target):
        return [0, 1]


break  # noqa: F701
