# expect: WA
# Zeroes entries correctly but forgets to scale the kept ones by 1 / (1 - p).
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep
