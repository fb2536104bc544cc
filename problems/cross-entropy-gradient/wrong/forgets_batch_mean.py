# expect: WA
# The loss is averaged, but its gradient is not divided by N.
# says: grad: 6 of 6 values are off
# says: grad is N = 2 times too large
import numpy as np


def cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(n), labels].mean()
    grad = np.exp(log_p)
    grad[np.arange(n), labels] -= 1
    return loss, grad
