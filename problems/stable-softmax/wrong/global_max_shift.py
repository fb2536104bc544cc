# expect: WA
# Shifts by the whole array's maximum instead of each row's: a row of -1000s next to a row
# of 1000s underflows to 0 / 0.
# says: nan values
# says: the whole array's maximum
import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=-1, keepdims=True)
