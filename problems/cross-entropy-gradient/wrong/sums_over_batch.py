# expect: WA
# Sums the per-example losses instead of averaging them (and differentiates that sum).
# says: loss: max abs error
# says: average over the batch, do not sum
import numpy as np


def cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(n), labels].sum()
    grad = np.exp(log_p)
    grad[np.arange(n), labels] -= 1
    return loss, grad
