"""The numeric comparison with the reference, then a hint when the answer is what a known
mistake produces (no max shift, a global shift, the wrong axis)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _unshifted(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def _global_shift(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=-1, keepdims=True)


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    x = np.asarray(args["x"], dtype=np.float64)
    candidates = [
        (
            "exp() overflowed to inf (or every term underflowed to 0), giving inf/inf or 0/0: subtract each row's "
            "maximum before exponentiating, softmax(x) = softmax(x - x.max(axis=-1, keepdims=True))",
            lambda: _unshifted(x),
        ),
        (
            "the shift was the whole array's maximum, so rows far below it underflow to 0/0: "
            "subtract each row's own maximum (x.max(axis=-1, keepdims=True))",
            lambda: _global_shift(x),
        ),
    ]
    for axis in range(x.ndim - 1):
        candidates.append(
            (f"this is softmax along axis {axis}; normalise along the last axis (axis=-1)", lambda axis=axis: _softmax(x, axis))
        )
    return False, with_hint(problem, matching_hint(got, candidates, tol))
