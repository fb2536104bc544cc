# expect: WA
# message: returned a structured array
# backends: docker local
# problem: stable-softmax
# limits: time_ms=2000 memory_mb=256
"""Returns a structured-dtype array holding the right numbers: WA, never a checker failure."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    out = e / np.sum(e, axis=-1, keepdims=True)
    structured = np.zeros(out.shape, dtype=[("p", "f8")])
    structured["p"] = out
    return structured
