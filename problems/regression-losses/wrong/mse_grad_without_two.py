# expect: WA
# Differentiates mean(r^2) as r / N, dropping the factor 2 (thinking of the 1/2 * r^2 form).
# says: the factor 2 is missing
import numpy as np


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    n = len(y)
    r = X @ w - y
    if loss == "mse":
        data, g = np.mean(r**2), r / n
    elif loss == "mae":
        data, g = np.mean(np.abs(r)), np.sign(r) / n
    else:
        a = np.abs(r)
        data = np.mean(np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta)))
        g = np.clip(r, -delta, delta) / n
    l1 = {"none": 0.0, "l1": 1.0, "l2": 0.0, "elastic_net": l1_ratio}[penalty]
    l2 = {"none": 0.0, "l1": 0.0, "l2": 1.0, "elastic_net": 1 - l1_ratio}[penalty]
    pen = lam * (l1 * np.abs(w).sum() + l2 * (w**2).sum())
    return float(data + pen), g, X.T @ g + lam * (l1 * np.sign(w) + 2 * l2 * w)
