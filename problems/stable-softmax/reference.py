import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    # Shifting by the row's maximum leaves softmax unchanged and keeps exp() in range:
    # the largest exponent is exp(0) = 1, so nothing overflows and each row's sum is >= 1.
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)
