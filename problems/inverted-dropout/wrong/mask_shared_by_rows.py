# expect: WA
# Draws one mask for the last axis and reuses it for every row.
# says: the mask differs from the statement's draw
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x
    keep = np.random.default_rng(seed).random(x.shape[-1]) >= p
    return x * keep / (1 - p)
