# expect: WA
# The textbook formula as written: where p = 0, 0 * log(0) is 0 * -inf = nan.
# says: 0 * log 0 = nan
import numpy as np


def kl_divergence(p, q):
    kl = np.sum(p * np.log(p / q), axis=-1)
    cross_entropy = -np.sum(p * np.log(q), axis=-1)
    entropy = -np.sum(p * np.log(p), axis=-1)
    return kl, cross_entropy, entropy
