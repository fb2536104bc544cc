# expect: WA
# Information theory's bits: log base 2 instead of the natural log the statement asks for.
# says: log base 2
import numpy as np


def kl_divergence(p, q):
    support = p > 0
    log_p = np.log2(np.where(support, p, 1.0))
    with np.errstate(divide="ignore"):
        log_q = np.where(support, np.log2(q), 0.0)
    return np.sum(p * (log_p - log_q), axis=-1), -np.sum(p * log_q, axis=-1), -np.sum(p * log_p, axis=-1)
