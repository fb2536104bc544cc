# expect: WA
# The textbook rule, scaling by max_norm / total_norm only when total_norm > max_norm:
# PyTorch's adds 1e-6 to the norm and so also scales a norm exactly at max_norm.
# says: scales by max_norm / (total_norm + 1e-6)
import numpy as np


def clip_grad_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    m = max(np.abs(g).max() for g in grads)
    total = 0.0 if m == 0 else float(m * np.sqrt(sum(np.sum((g / m) ** 2) for g in grads)))
    if total > max_norm:
        grads = [g * (max_norm / total) for g in grads]
    return grads, total
