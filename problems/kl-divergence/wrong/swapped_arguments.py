# expect: WA
# Computes KL(q || p) (and H(q, p), H(q)): the arguments in the wrong order.
# says: the arguments are swapped
import numpy as np


def kl_divergence(p, q):
    support = q > 0
    log_q = np.log(np.where(support, q, 1.0))
    with np.errstate(divide="ignore"):
        log_p = np.where(support, np.log(p), 0.0)
    cross_entropy = -np.sum(q * log_p, axis=-1)
    entropy = -np.sum(q * log_q, axis=-1)
    return cross_entropy - entropy, cross_entropy, entropy
