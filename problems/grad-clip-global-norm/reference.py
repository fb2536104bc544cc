import numpy as np


def _global_norm(arrays):
    # Overflow-safe L2 norm: squares of 1e200 overflow, so divide by the largest |value| first.
    largest = max(float(np.max(np.abs(a))) for a in arrays)
    if largest == 0.0:
        return 0.0
    return largest * float(np.sqrt(sum(np.sum(np.square(a / largest)) for a in arrays)))


def clip_grad_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    total = _global_norm(arrays)
    coef = max_norm / (total + 1e-6)  # torch.nn.utils.clip_grad_norm_
    if coef < 1.0:
        arrays = [a * coef for a in arrays]
    return arrays, total
