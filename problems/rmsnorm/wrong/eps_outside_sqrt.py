# expect: WA
# Adds eps to the RMS instead of to the mean square.
# says: eps belongs inside the square root
import numpy as np


def rmsnorm(x, gamma, eps):
    return x / (np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps) * gamma
