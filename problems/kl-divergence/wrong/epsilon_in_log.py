# expect: WA
# "Fixes" the zeros with an epsilon inside the log: no nan, but an infinite KL (q = 0 where
# p > 0) becomes a finite number.
# says: where q = 0 but p > 0 the divergence is +inf
import numpy as np

EPS = 1e-12


def kl_divergence(p, q):
    cross_entropy = -np.sum(p * np.log(q + EPS), axis=-1)
    entropy = -np.sum(p * np.log(p + EPS), axis=-1)
    return cross_entropy - entropy, cross_entropy, entropy
