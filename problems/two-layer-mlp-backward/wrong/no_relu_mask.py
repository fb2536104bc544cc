# expect: WA
# Backpropagates through the ReLU as if it were the identity (no mask for dead units).
# says: the gradient went through the ReLU unmasked
import numpy as np


def mlp_loss_and_grads(x, labels, W1, b1, W2, b2):
    n = x.shape[0]
    a = x @ W1 + b1
    h = np.maximum(a, 0)
    z = h @ W2 + b2
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(n), labels].mean()
    dz = np.exp(log_p)
    dz[np.arange(n), labels] -= 1
    dz /= n
    dh = dz @ W2.T
    return loss, x.T @ dh, dh.sum(axis=0), h.T @ dz, dz.sum(axis=0)
