# expect: WA
# message: malformed array
# backends: docker local
# problem: stable-softmax
# limits: time_ms=2000 memory_mb=256
"""Writes its own result to the result pipe (fd 3) and exits: an array escape whose shape lies
about its data. The host checks every escape it is sent: WA, never a crash or a checker failure."""

import json
import os


def softmax(x):
    forged = {"ok": True, "value": {"$ndarray": {"dtype": "float64", "shape": [1000, 1000], "data": [0.5]}}}
    os.write(3, json.dumps(forged).encode())
    os._exit(0)
