# expect: WA
# Writes the subgradient of |x| as "1 if x >= 0 else -1", so an exactly-zero residual (MAE)
# or weight (L1) gets +1 instead of sign(0) = 0.
# says: sign(0) = 0
import numpy as np


def _sign(x):
    return np.where(x >= 0, 1.0, -1.0)


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    n = len(y)
    r = X @ w - y
    if loss == "mse":
        data, g = np.mean(r**2), 2 * r / n
    elif loss == "mae":
        data, g = np.mean(np.abs(r)), _sign(r) / n
    else:
        a = np.abs(r)
        data = np.mean(np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta)))
        g = np.where(a <= delta, r, delta * _sign(r)) / n
    l1 = {"none": 0.0, "l1": 1.0, "l2": 0.0, "elastic_net": l1_ratio}[penalty]
    l2 = {"none": 0.0, "l1": 0.0, "l2": 1.0, "elastic_net": 1 - l1_ratio}[penalty]
    pen = lam * (l1 * np.abs(w).sum() + l2 * (w**2).sum())
    grad_pen = lam * (l1 * _sign(w) + 2 * l2 * w)
    return float(data + pen), g, X.T @ g + grad_pen
