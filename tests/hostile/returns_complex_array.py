# expect: WA
# message: returned a complex128 array
# backends: docker local
# problem: stable-softmax
# limits: time_ms=2000 memory_mb=256
"""Returns the right softmax as a complex128 array: WA naming the dtype, never a checker failure."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return (e / np.sum(e, axis=-1, keepdims=True)).astype(np.complex128)
