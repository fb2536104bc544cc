# expect: TLE
# message: CPU time
# backends: docker local
# limits: time_ms=100
"""Hands the work to the far end of a chain of 60 live processes, each in its own session and
each sleeping once it has forked the next, deeper than a sweep that kills one generation a round
for 50 rounds can reach. The last one burns 1.5 s of CPU (15x the limit), sends the answer back
on a pipe while the solution itself sleeps on it, and keeps burning. Every process the case
starts is the case's CPU: this must be TLE, never AC."""

import os
import time

DEPTH = 60


def answer(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []


class Solution:
    def twoSum(self, nums, target):
        r, w = os.pipe()
        if os.fork() == 0:
            for _ in range(DEPTH):
                os.setsid()
                if os.fork() != 0:
                    while True:
                        time.sleep(1)
            start = time.process_time()
            while time.process_time() - start < 1.5:
                pass
            os.write(w, repr(answer(nums, target)).encode())
            os.close(w)
            while True:
                pass
        os.close(w)
        data = b""
        while chunk := os.read(r, 100):
            data += chunk
        return eval(data)
