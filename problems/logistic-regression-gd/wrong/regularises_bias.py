# expect: WA
# Adds the L2 penalty to every parameter, bias included: b's gradient gets an extra l2 * b.
# says: the bias is regularised
import numpy as np


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = []
    for _ in range(epochs):
        z = X @ w + b
        losses.append(np.mean(np.logaddexp(0, z) - y * z) + l2 / 2 * (w @ w + b * b))
        p = np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
        dw = X.T @ (p - y) / n + l2 * w
        db = np.mean(p - y) + l2 * b
        w -= lr * dw
        b -= lr * db
    return w, float(b), np.array(losses)
