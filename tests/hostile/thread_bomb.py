# expect: TLE
# message: CPU time
# backends: docker local
# cases: example-1 example-2
# later: AC
"""On the first case starts up to 2000 spinning threads with small stacks (until RLIMIT_NPROC, the
pids limit or memory says no; a refused start is caught), then spins itself: threads share the
process's CPU clock, so this is TLE on CPU; all die with the process, so the next case is AC."""

import threading


def spin():
    while True:
        pass


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15]:
            threading.stack_size(64 * 1024)
            for _ in range(2000):
                try:
                    threading.Thread(target=spin, daemon=True).start()
                except Exception:
                    break
            spin()
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
