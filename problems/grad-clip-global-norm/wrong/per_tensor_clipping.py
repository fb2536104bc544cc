# expect: WA
# Clips each tensor by its own norm instead of scaling all of them by the global norm.
# says: each tensor was clipped by its own norm
import numpy as np


def clip_grad_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    total = np.sqrt(sum(np.sum(g * g) for g in grads))
    out = []
    for g in grads:
        coef = max_norm / (np.sqrt(np.sum(g * g)) + 1e-6)
        out.append(g * coef if coef < 1 else g)
    return out, float(total)
