# expect: WA
# message: returned a dict (with key '$ndarray'); expected ndarray
# backends: docker local
# problem: stable-softmax
# limits: time_ms=2000 memory_mb=256
"""Returns the right softmax as a dict shaped like the harness's array encoding:
a dict is not an array, however it is shaped."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    out = e / np.sum(e, axis=-1, keepdims=True)
    return {"$ndarray": {"dtype": "float64", "shape": list(out.shape), "data": out.tolist()}}
