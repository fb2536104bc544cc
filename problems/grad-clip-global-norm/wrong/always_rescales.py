# expect: WA
# Rescales the gradients to norm max_norm every time, scaling small gradients up.
# says: gradients were scaled up to max_norm
import numpy as np


def clip_grad_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    m = max(np.abs(g).max() for g in grads)
    total = 0.0 if m == 0 else float(m * np.sqrt(sum(np.sum((g / m) ** 2) for g in grads)))
    coef = max_norm / (total + 1e-6)
    return [g * coef for g in grads], total
