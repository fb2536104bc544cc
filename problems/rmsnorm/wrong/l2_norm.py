# expect: WA
# Divides by the L2 norm (sum of squares) rather than the root MEAN square.
# says: not the L2 norm
import numpy as np


def rmsnorm(x, gamma, eps):
    return x / np.sqrt(np.sum(x * x, axis=-1, keepdims=True) + eps) * gamma
