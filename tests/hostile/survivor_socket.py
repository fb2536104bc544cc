# expect: AC
# backends: docker local
# cases: example-1 example-2 example-3
# later: AC
# limits: time_ms=3000
"""The first case leaves a survivor (a marker in its command line) listening on an abstract unix
socket, at the end of a chain of 60 live processes each in its own session: deeper than a sweep
that kills one generation a round for 50 rounds can reach. A later case that can still connect
to it answers wrongly. Every process a case starts is gone before the next starts: all AC."""

import os
import socket
import sys
import time

NAME = b"\0HOSTILE-MARKER-survivor-socket"
SERVER = (
    "import socket, sys, time\n"
    "s = socket.socket(socket.AF_UNIX)\n"
    f"s.bind({NAME!r})\n"
    "s.listen(8)\n"
    "while True:\n"
    "    c, _ = s.accept()\n"
    "    c.sendall(b'still here')\n"
    "    c.close()\n"
)


def survivor_answers():
    client = socket.socket(socket.AF_UNIX)
    try:
        client.connect(NAME)
        return client.recv(16) == b"still here"
    except OSError:
        return False
    finally:
        client.close()


class Solution:
    def twoSum(self, nums, target):
        if nums == [2, 7, 11, 15]:
            if os.fork() == 0:
                for _ in range(60):
                    os.setsid()
                    if os.fork() != 0:
                        while True:
                            time.sleep(1)
                os.execv(sys.executable, [sys.executable, "-c", SERVER, "HOSTILE-MARKER"])
            deadline = time.monotonic() + 2
            while not survivor_answers():
                if time.monotonic() > deadline:
                    return [1, 1]  # the survivor never started: the attack did not happen
                time.sleep(0.01)
        elif survivor_answers():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
