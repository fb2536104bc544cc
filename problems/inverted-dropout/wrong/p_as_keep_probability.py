# expect: WA
# Reads p as the probability of keeping an entry.
# says: kept values are x * 4
# says: p is the probability of dropping
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x
    keep = np.random.default_rng(seed).random(x.shape) < p
    return x * keep / p
