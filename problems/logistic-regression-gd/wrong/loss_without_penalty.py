# expect: WA
# Updates with the L2 gradient but records only the data loss (mean BCE) per epoch.
# says: losses include the penalty
import numpy as np


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = np.zeros(epochs)
    for t in range(epochs):
        z = X @ w + b
        losses[t] = np.mean(np.logaddexp(0.0, z) - y * z)
        r = 0.5 * (1.0 + np.tanh(0.5 * z)) - y
        w = w - lr * (X.T @ r / n + l2 * w)
        b = b - lr * r.mean()
    return w, b, losses
