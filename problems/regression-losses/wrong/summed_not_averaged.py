# expect: WA
# Sums the per-example losses (and their gradients) instead of averaging them.
# says: it is the mean over the examples, not the sum
import numpy as np


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    r = X @ w - y
    if loss == "mse":
        data, g = np.sum(r**2), 2 * r
    elif loss == "mae":
        data, g = np.sum(np.abs(r)), np.sign(r)
    else:
        a = np.abs(r)
        data = np.sum(np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta)))
        g = np.clip(r, -delta, delta)
    l1 = {"none": 0.0, "l1": 1.0, "l2": 0.0, "elastic_net": l1_ratio}[penalty]
    l2 = {"none": 0.0, "l1": 0.0, "l2": 1.0, "elastic_net": 1 - l1_ratio}[penalty]
    pen = lam * (l1 * np.abs(w).sum() + l2 * (w**2).sum())
    return float(data + pen), g, X.T @ g + lam * (l1 * np.sign(w) + 2 * l2 * w)
