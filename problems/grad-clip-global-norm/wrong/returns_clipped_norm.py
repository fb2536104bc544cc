# expect: WA
# Clips correctly but returns the norm of the clipped gradients, not the original total norm.
# says: total_norm is the norm after clipping
import numpy as np


def clip_grad_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    m = max(np.abs(g).max() for g in grads)
    total = 0.0 if m == 0 else m * np.sqrt(sum(np.sum((g / m) ** 2) for g in grads))
    coef = max_norm / (total + 1e-6)
    if coef < 1:
        grads = [g * coef for g in grads]
        total = total * coef
    return grads, float(total)
