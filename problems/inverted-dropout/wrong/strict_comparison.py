# expect: WA
# The reference with one mutation: keeps an entry when its draw is > p, where the statement
# says >= p. The two differ only when p equals one of the seed's draws exactly.
# says: manual-07
# says: the mask differs from the statement's draw
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x.copy()
    rng = np.random.default_rng(seed)
    keep = rng.random(x.shape) > p
    return x * keep / (1 - p)
