# expect: WA
# Leaves eps out: an all-zero vector becomes 0 / 0 = nan.
# says: eps was left out
import numpy as np


def rmsnorm(x, gamma, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) * gamma
