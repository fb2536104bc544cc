# expect: WA
# Stable, but normalises the columns (axis 0) instead of each row along the last axis.
# says: max abs error
# says: softmax along axis 0; normalise along the last axis
import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
