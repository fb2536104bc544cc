# An alternative correct solution: per-loss derivative functions, the penalty as a
# (value, gradient) pair built from its L1 and L2 shares, and einsum for the products.
import numpy as np


def _data_term(r, loss, delta):
    if loss == "mse":
        return r * r, 2.0 * r
    if loss == "mae":
        return np.abs(r), np.sign(r)
    inside = np.abs(r) < delta
    value = np.where(inside, 0.5 * r * r, delta * np.abs(r) - 0.5 * delta * delta)
    slope = np.where(inside, r, delta * np.sign(r))
    return value, slope


def regression_loss(X, w, y, loss, delta, penalty, lam, l1_ratio):
    n = X.shape[0]
    residual = np.einsum("np,p->n", X, w) - y
    values, slopes = _data_term(residual, loss, delta)
    grad_pred = slopes / n
    shares = {"none": (0.0, 0.0), "l1": (1.0, 0.0), "l2": (0.0, 1.0), "elastic_net": (l1_ratio, 1.0 - l1_ratio)}
    a, b = shares[penalty]
    penalty_value = lam * a * np.abs(w).sum() + lam * b * np.dot(w, w)
    penalty_grad = lam * a * np.sign(w) + 2.0 * lam * b * w
    grad_w = np.einsum("np,n->p", X, grad_pred) + penalty_grad
    return float(values.sum() / n + penalty_value), grad_pred, grad_w
