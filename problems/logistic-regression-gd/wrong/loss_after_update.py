# expect: WA
# Records the loss after each update, so losses[0] is not the loss at w = 0 (log 2).
# says: yours are the losses after each update, one epoch late
import numpy as np


def _loss(X, y, w, b, l2):
    z = X @ w + b
    return np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * np.dot(w, w)


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = np.zeros(epochs)
    for t in range(epochs):
        z = X @ w + b
        r = 0.5 * (1.0 + np.tanh(0.5 * z)) - y  # sigmoid(z) - y, stably
        w = w - lr * (X.T @ r / n + l2 * w)
        b = b - lr * r.mean()
        losses[t] = _loss(X, y, w, b, l2)
    return w, b, losses
