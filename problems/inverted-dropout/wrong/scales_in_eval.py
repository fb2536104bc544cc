# expect: WA
# Correct while training, but also multiplies by (1 - p) at evaluation time (the
# non-inverted dropout's correction, applied on top of the inverted one).
# says: example-2: output:
# says: in eval mode return x unchanged
import numpy as np


def dropout(x, p, training, seed):
    if not training:
        return x * (1 - p)
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep / (1 - p)
