# expect: WA
# message: returned an object array
# backends: docker local
# problem: stable-softmax
# limits: time_ms=2000 memory_mb=256
"""Returns an object-dtype array of the right floats: WA naming the dtype."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return (e / np.sum(e, axis=-1, keepdims=True)).astype(object)
