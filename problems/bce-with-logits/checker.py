"""loss and grad against the reference, grad against centred finite differences of the
mean loss, and a hint naming the mistake the failing member looks like (log of a sigmoid
that rounded to 0 or 1, a clipped probability, an overflowing softplus, sums for means,
the gradient's sign)."""

import numpy as np

from judge.ml import compare, gradient_check, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "grad"]
STABLE = "use the stable form max(z, 0) - z * y + log1p(exp(-|z|))"


def mean_loss(z, y):
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _naive_loss(z, y, s):
    return -np.mean(y * np.log(s) + (1 - y) * np.log(1 - s))


def _loss_mistakes(z, y):
    n = z.size
    rows = z.shape[0] if z.ndim == 2 else 1
    s = 1.0 / (1.0 + np.exp(-z))
    loss = mean_loss(z, y)
    candidates = [
        ("log(sigmoid(z)) or log(1 - sigmoid(z)) is log(0) = -inf (and 0 * -inf = nan) once sigmoid rounds to 0 or 1, "
         f"which happens for |z| above about 37: {STABLE}", lambda: _naive_loss(z, y, s)),
        (f"log(1 + exp(-z)) overflows for z far below 0 (exp(1000) = inf): {STABLE}",
         lambda: np.mean(z - z * y + np.log(1 + np.exp(-z)))),
        (f"log(1 + exp(z)) overflows for z far above 0 (exp(1000) = inf): {STABLE}",
         lambda: np.mean(np.log(1 + np.exp(z)) - z * y)),
        (f"loss is M = {n} times too large: average over all M = z.size elements, do not sum", lambda: loss * n),
    ]
    if rows not in (1, n):
        candidates.append((f"loss is {n // rows} times too large: average over all M = z.size elements, not over the rows only",
                           lambda: loss * (n // rows)))
    for eps in (1e-7, 1e-8, 1e-10, 1e-12, 1e-15):
        hint = (f"clipping sigmoid(z) to [eps, 1 - eps] (or adding eps = {eps:g} inside the log) caps each term at "
                f"-log(eps) = {-np.log(eps):.4g}; the loss at z = 1000 with y = 0 is exactly 1000: {STABLE}")
        candidates.append((hint, lambda eps=eps: _naive_loss(z, y, np.clip(s, eps, 1 - eps))))
        candidates.append((hint, lambda eps=eps: -np.mean(y * np.log(s + eps) + (1 - y) * np.log(1 - s + eps))))
    return candidates


def _grad_mistakes(z, y):
    n = z.size
    rows = z.shape[0] if z.ndim == 2 else 1
    grad = (_sigmoid(z) - y) / n
    candidates = [
        (f"grad is M = {n} times too large: the loss is a mean over all M = z.size elements, so d loss / d z = "
         "(sigmoid(z) - y) / M", lambda: grad * n),
        ("grad has the wrong sign: d loss / d z = (sigmoid(z) - y) / M", lambda: -grad),
        ("exp(z) / (1 + exp(z)) is inf / inf = nan for large z: compute sigmoid as 1 / (1 + exp(-z)) for z >= 0 and "
         "exp(z) / (1 + exp(z)) for z < 0", lambda: (np.exp(z) / (1 + np.exp(z)) - y) / n),
    ]
    if rows not in (1, n):
        candidates.append((f"grad is {n // rows} times too large: divide by M = z.size, not by the number of rows",
                           lambda: grad * (n // rows)))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    z = np.asarray(args["z"], dtype=np.float64)
    y = np.asarray(args["y"], dtype=np.float64)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        # The reference agrees; the finite differences hold both to the loss's definition.
        grad = np.asarray(to_numpy(got[1]), dtype=np.float64)
        problem = gradient_check(lambda point: mean_loss(point, y), z, grad, name="grad")
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    with np.errstate(all="ignore"):
        if compare(expected[0], got[0], tol, "loss") is not None:
            return False, with_hint(problem, matching_hint(got[0], _loss_mistakes(z, y), tol))
        return False, with_hint(problem, matching_hint(got[1], _grad_mistakes(z, y), tol))
