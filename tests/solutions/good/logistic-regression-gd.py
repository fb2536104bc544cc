"""Logistic regression written unlike the reference: the bias as a column of ones with a
penalty mask, sigmoid through tanh, the loss as max(z, 0) + log1p(exp(-|z|)) - y z."""

import numpy as np


def logistic_regression_gd(X, y, lr, epochs, l2):
    n, d = X.shape
    A = np.concatenate([X, np.ones((n, 1))], axis=1)
    mask = np.r_[np.ones(d), 0.0]  # no penalty on the bias (the last coordinate)
    theta = np.zeros(d + 1)
    yf = y.astype(float)
    history = []
    for _ in range(epochs):
        z = A @ theta
        bce = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - yf * z
        history.append(bce.sum() / n + 0.5 * l2 * np.sum(mask * theta * theta))
        p = 0.5 + 0.5 * np.tanh(0.5 * z)
        theta = theta - lr * (np.einsum("ij,i->j", A, p - yf) / n + l2 * mask * theta)
    return theta[:d].copy(), float(theta[d]), np.asarray(history)
