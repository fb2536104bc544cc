# expect: WA
# sigmoid as exp(z) / (1 + exp(z)): for z > 709 it is inf / inf = nan, and the nan spreads
# into every weight at the next update.
# says: inf / inf = nan once z > 709
import numpy as np


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = np.zeros(epochs)
    for t in range(epochs):
        z = X @ w + b
        p = np.exp(z) / (1.0 + np.exp(z))
        losses[t] = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * np.dot(w, w)
        w = w - lr * (X.T @ (p - y) / n + l2 * w)
        b = b - lr * np.mean(p - y)
    return w, b, losses
