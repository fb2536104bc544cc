# expect: WA
# The global norm as sqrt(sum of squares) straight away: squares of 1e200 overflow to inf
# and every gradient is scaled to 0.
# says: the sum of squares overflowed to inf
import numpy as np


def clip_grad_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    total = float(np.linalg.norm(np.concatenate([g.ravel() for g in grads])))
    coef = max_norm / (total + 1e-6)
    if coef < 1:
        grads = [g * coef for g in grads]
    return grads, total
