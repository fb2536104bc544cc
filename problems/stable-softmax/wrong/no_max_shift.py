# expect: WA
# The textbook formula as written: exp(1000) overflows to inf, and inf / inf is nan.
import numpy as np


def softmax(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)
