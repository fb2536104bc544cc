# expect: AC
# backends: docker
# cases: example-1 example-2
# later: AC
"""kill(-1, SIGKILL) after forking a helper: it must kill the helper (so the signal really went
out) but not PID 1, the harness, which is exempt; nothing outside the container is reachable.
It answers correctly only if the helper died of SIGKILL. DOCKER ONLY (as root outside a
container it would kill this machine): it refuses (answers wrongly) unless it is unprivileged
and its parent is a namespace's init."""

import os
import signal
import time


class Solution:
    def twoSum(self, nums, target):
        if os.getuid() == 0 or os.getppid() != 1:
            return [0, 0]
        if nums == [2, 7, 11, 15]:
            helper = os.fork()
            if helper == 0:
                time.sleep(30)
                os._exit(0)
            try:
                os.kill(-1, signal.SIGKILL)
            except OSError:
                pass
            _, status = os.waitpid(helper, 0)
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
