# expect: WA
# The textbook formula as written: exp(1000) overflows to inf, and inf / inf is nan.
# says: output has 6 nan values (first at [0, 0]); expected finite
# says: subtract each row's maximum
import numpy as np


def softmax(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)
