"""The output against the reference, then a hint when the answer is what a known mistake
produces (LayerNorm's mean subtraction, the L2 norm, no square root, eps outside the root,
the batch axis)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _rmsnorm(x, gamma, eps, axis=-1, centre=False, reduce=np.mean, root=True, eps_outside=False):
    if centre:
        x = x - x.mean(axis=axis, keepdims=True)
    mean_square = reduce(x * x, axis=axis, keepdims=True)
    if not root:
        return x / (mean_square + eps) * gamma
    scale = np.sqrt(mean_square) + eps if eps_outside else np.sqrt(mean_square + eps)
    return x / scale * gamma


def _mistakes(x, gamma, eps):
    return [
        ("RMSNorm does not subtract the mean (that is LayerNorm): divide x itself by sqrt(mean(x**2) + eps)",
         lambda: _rmsnorm(x, gamma, eps, centre=True)),
        ("divide by the root mean square, sqrt(mean(x**2) + eps), not the L2 norm sqrt(sum(x**2)): "
         "average over the last axis", lambda: _rmsnorm(x, gamma, eps, reduce=np.sum)),
        ("the square root is missing: divide by sqrt(mean(x**2) + eps), not by mean(x**2) + eps",
         lambda: _rmsnorm(x, gamma, eps, root=False)),
        ("eps belongs inside the square root: x / sqrt(mean(x**2) + eps)",
         lambda: _rmsnorm(x, gamma, eps, eps_outside=True)),
        ("the mean square was taken over axis 0 (across the batch): RMSNorm normalises each vector over its "
         "last axis (axis=-1, keepdims=True)", lambda: _rmsnorm(x, gamma, eps, axis=0)),
        ("eps was left out: with it, an all-zero vector maps to 0 instead of 0/0 = nan; "
         "x / sqrt(mean(x**2) + eps)", lambda: _rmsnorm(x, gamma, 0.0)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    x = np.asarray(args["x"], dtype=np.float64)
    gamma = np.asarray(args["gamma"], dtype=np.float64)
    return False, with_hint(problem, matching_hint(got, _mistakes(x, gamma, args["eps"]), tol))
