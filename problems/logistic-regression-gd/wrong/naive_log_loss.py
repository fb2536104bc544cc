# expect: WA
# The textbook BCE on probabilities: once sigmoid(z) rounds to exactly 0 or 1 (|z| > 37),
# log(0) = -inf and 0 * -inf = nan. The weights are right; the recorded losses are not.
# says: log(sigmoid(z)) or log(1 - sigmoid(z)) is log(0) = -inf
import numpy as np


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = np.zeros(epochs)
    for t in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        losses[t] = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 0.5 * l2 * np.sum(w ** 2)
        w = w - lr * (X.T @ (p - y) / n + l2 * w)
        b = b - lr * np.mean(p - y)
    return w, b, losses
