# expect: WA
# The reference with one mutation: the overflow-safe norm divides by the smallest |value| of
# each tensor (the largest of those) instead of the largest |value|. That is 0 when every
# tensor holds a 0 (the norm comes out 0 and nothing is clipped), and 1e-300 beside 1e300
# (the squares of g / 1e-300 overflow); elsewhere it gives the same norm.
# says: manual-11
# says: the norm was scaled by the smallest |value|
import numpy as np


def _global_norm(arrays):
    smallest = max(float(np.min(np.abs(a))) for a in arrays)
    if smallest == 0.0:
        return 0.0
    return smallest * float(np.sqrt(sum(np.sum(np.square(a / smallest)) for a in arrays)))


def clip_grad_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    total = _global_norm(arrays)
    coef = max_norm / (total + 1e-6)
    if coef < 1.0:
        arrays = [a * coef for a in arrays]
    return arrays, total
