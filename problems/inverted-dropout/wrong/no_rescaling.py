# expect: WA
# Zeroes entries correctly but forgets to scale the kept ones by 1 / (1 - p).
# says: kept values are x * 1, expected x / (1 - p)
# says: rescale the kept values
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep
