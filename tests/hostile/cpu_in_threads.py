# expect: TLE
# message: CPU time
# backends: docker local
"""Does its spinning in two worker threads while the main thread only waits: the process's CPU
clock sums all its threads, so this is TLE on CPU, not a sleeper judged by the wall clock."""

import threading


def spin():
    while True:
        pass


class Solution:
    def twoSum(self, nums, target):
        threading.stack_size(256 * 1024)  # a default stack (RLIMIT_STACK, 64 MB) would not fit in the limit
        workers = [threading.Thread(target=spin, daemon=True) for _ in range(2)]
        for worker in workers:
            worker.start()
        workers[0].join()
