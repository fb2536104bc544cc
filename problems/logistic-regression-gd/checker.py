"""(w, b, losses) against the reference, then a hint when the first member that is off is
what a known mistake produces: the bias regularised, a naive sigmoid or log-loss that
overflows to inf/nan, a clipped probability, the loss recorded after the update or without
its penalty, the penalty's gradient off by 2 or N, sums for means."""

import numpy as np

from judge.ml import compare, first_off_member, tolerance, whole_or_part_hint, with_hint
from judge.values import decode

PARTS = ["w", "b", "losses"]
STABLE_LOSS = "compute the loss from the logits, logaddexp(0, z) - y * z (= log(1 + e^z) - y z)"


def _stable_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _stable_loss(z, y):
    return np.mean(np.logaddexp(0.0, z) - y * z)


def _naive_loss(z, y, eps=None, added=None):
    p = 1.0 / (1.0 + np.exp(-z))
    if eps is not None:
        p = np.clip(p, eps, 1.0 - eps)
    if added is not None:
        return -np.mean(y * np.log(p + added) + (1 - y) * np.log(1 - p + added))
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def _train(X, y, lr, epochs, l2, *, sigmoid=_stable_sigmoid, loss=_stable_loss, bias_grad=0.0, bias_loss=0.0,
           grad_scale=1.0, penalty_grad=1.0, penalty_loss=0.5, after=False, recorded_penalty=True):
    """The reference's loop with one knob per known mistake (the defaults are the statement)."""
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = np.empty(epochs)

    def objective(w, b, z):
        value = loss(z, y)
        if recorded_penalty:
            value = value + penalty_loss * l2 * float(w @ w) + bias_loss * l2 * b * b
        return value

    for t in range(epochs):
        z = X @ w + b
        if not after:
            losses[t] = objective(w, b, z)
        residual = (sigmoid(z) - y) * grad_scale / n
        w, b = w - lr * (X.T @ residual + penalty_grad * l2 * w), b - lr * (float(np.sum(residual)) + bias_grad * l2 * b)
        if after:
            losses[t] = objective(w, b, X @ w + b)
    return [w, float(b), losses]


def _mistakes(X, y, lr, epochs, l2):
    n = X.shape[0]
    a = (X, y, lr, epochs, l2)
    candidates = [
        ("the bias is regularised: the penalty is (l2 / 2) * ||w||^2 on the weights only, so b's gradient is "
         "mean(sigmoid(z) - y) with no l2 * b term", lambda: _train(*a, bias_grad=1.0)),
        ("the bias is regularised: the penalty is (l2 / 2) * ||w||^2 on the weights only, so b's gradient is "
         "mean(sigmoid(z) - y) with no l2 * b term", lambda: _train(*a, bias_grad=1.0, bias_loss=0.5)),
        ("sigmoid computed as exp(z) / (1 + exp(z)) is inf / inf = nan once z > 709: use 1 / (1 + exp(-z)) for "
         "z >= 0 and exp(z) / (1 + exp(z)) for z < 0 (never exp a large positive number)",
         lambda: _train(*a, sigmoid=lambda z: np.exp(z) / (1.0 + np.exp(z)))),
        ("log(sigmoid(z)) or log(1 - sigmoid(z)) is log(0) = -inf (and 0 * log(0) = nan) once sigmoid rounds to 0 or "
         f"1, for |z| above about 37: {STABLE_LOSS}", lambda: _train(*a, loss=_naive_loss)),
        (f"log(1 + exp(z)) overflows to inf for z above 709: {STABLE_LOSS}, or max(z, 0) + log1p(exp(-|z|)) - y z",
         lambda: _train(*a, loss=lambda z, y: np.mean(np.log(1.0 + np.exp(z)) - y * z))),
        ("losses[t] is the loss before epoch t's update (losses[0] at w = 0, b = 0, which is log 2); yours are the "
         "losses after each update, one epoch late", lambda: _train(*a, after=True)),
        ("losses include the penalty: record mean BCE + (l2 / 2) * ||w||^2, not the data loss alone",
         lambda: _train(*a, recorded_penalty=False)),
        ("the penalty (l2 / 2) * ||w||^2 has gradient l2 * w, not 2 * l2 * w", lambda: _train(*a, penalty_grad=2.0)),
        ("the penalty is (l2 / 2) * ||w||^2 (gradient l2 * w), not l2 * ||w||^2",
         lambda: _train(*a, penalty_grad=2.0, penalty_loss=1.0)),
        ("the penalty is (l2 / 2) * ||w||^2, not (l2 / 2) * ||w||^2 / N: its gradient l2 * w is not divided by N",
         lambda: _train(*a, penalty_grad=1.0 / n)),
        ("the penalty is (l2 / 2) * ||w||^2, not (l2 / 2) * ||w||^2 / N: its gradient l2 * w is not divided by N",
         lambda: _train(*a, penalty_grad=1.0 / n, penalty_loss=0.5 / n)),
        (f"the data gradient is N = {n} times too large: the loss is the mean over the N examples, so the gradient "
         "is X.T @ (sigmoid(z) - y) / N", lambda: _train(*a, grad_scale=float(n))),
    ]
    for eps in (1e-7, 1e-8, 1e-10, 1e-12, 1e-15):
        hint = (f"clipping sigmoid(z) to [eps, 1 - eps] (or adding eps = {eps:g} inside the log) caps an example's loss at "
                f"-log(eps) = {-np.log(eps):.4g}, while a logit 1000 on the wrong side costs 1000: {STABLE_LOSS}")
        candidates.append((hint, lambda eps=eps: _train(*a, loss=lambda z, y: _naive_loss(z, y, eps=eps))))
        candidates.append((hint, lambda eps=eps: _train(*a, loss=lambda z, y: _naive_loss(z, y, added=eps))))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    index = first_off_member(expected, got, tol, PARTS)
    if index is None:
        return False, problem
    X = np.asarray(args["X"], dtype=np.float64)
    y = np.asarray(args["y"], dtype=np.float64)
    mistakes = _mistakes(X, y, args["lr"], args["epochs"], args["l2"])
    return False, with_hint(problem, whole_or_part_hint(got, mistakes, [tol] * len(PARTS), PARTS, index))
