import numpy as np


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    n = X.shape[0]
    r = X @ w - y
    if loss == "mse":
        data = np.mean(r * r)
        grad_pred = 2.0 * r / n
    elif loss == "mae":
        data = np.mean(np.abs(r))
        grad_pred = np.sign(r) / n  # sign(0) = 0, as torch's l1_loss backward
    elif loss == "huber":
        a = np.abs(r)
        data = np.mean(np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)))
        grad_pred = np.clip(r, -delta, delta) / n
    else:
        raise ValueError(f"unknown loss {loss!r}")
    if penalty == "none":
        reg, grad_reg = 0.0, np.zeros_like(w)
    elif penalty == "l1":
        reg, grad_reg = lam * np.sum(np.abs(w)), lam * np.sign(w)
    elif penalty == "l2":
        reg, grad_reg = lam * np.sum(w * w), 2.0 * lam * w
    elif penalty == "elastic_net":
        reg = lam * (l1_ratio * np.sum(np.abs(w)) + (1.0 - l1_ratio) * np.sum(w * w))
        grad_reg = lam * (l1_ratio * np.sign(w) + 2.0 * (1.0 - l1_ratio) * w)
    else:
        raise ValueError(f"unknown penalty {penalty!r}")
    return float(data + reg), grad_pred, X.T @ grad_pred + grad_reg
