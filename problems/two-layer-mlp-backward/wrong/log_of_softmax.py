# expect: WA
# Computes softmax without the max shift and takes its log: exp(1000) overflows to inf.
# says: log(softmax(z)) overflowed or took log(0)
import numpy as np


def mlp_loss_and_grads(x, labels, W1, b1, W2, b2):
    n = x.shape[0]
    a = x @ W1 + b1
    h = np.maximum(a, 0)
    z = h @ W2 + b2
    e = np.exp(z)
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(n), labels]).mean()
    dz = p.copy()
    dz[np.arange(n), labels] -= 1
    dz /= n
    da = (dz @ W2.T) * (a > 0)
    return loss, x.T @ da, da.sum(axis=0), h.T @ dz, dz.sum(axis=0)
