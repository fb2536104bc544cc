# expect: WA
# Uses weight decay's gradient lam * w for the L2 penalty lam * sum(w^2) (whose gradient is
# 2 * lam * w), and the matching lam / 2 * sum(w^2) as the penalty.
# says: the L2 penalty is lam * sum(w^2) with gradient 2 * lam * w
import numpy as np


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    n = len(y)
    r = X @ w - y
    if loss == "mse":
        data, g = np.mean(r**2), 2 * r / n
    elif loss == "mae":
        data, g = np.mean(np.abs(r)), np.sign(r) / n
    else:
        a = np.abs(r)
        data = np.mean(np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta)))
        g = np.clip(r, -delta, delta) / n
    l1 = {"none": 0.0, "l1": 1.0, "l2": 0.0, "elastic_net": l1_ratio}[penalty]
    l2 = {"none": 0.0, "l1": 0.0, "l2": 1.0, "elastic_net": 1 - l1_ratio}[penalty]
    pen = lam * (l1 * np.abs(w).sum() + 0.5 * l2 * (w**2).sum())
    return float(data + pen), g, X.T @ g + lam * (l1 * np.sign(w) + l2 * w)
