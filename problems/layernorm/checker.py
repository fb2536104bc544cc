"""The output against the reference, then a hint when the answer is what a known mistake
produces (the batch axis, the unbiased variance, eps outside the root, E[x^2] - E[x]^2)."""

import numpy as np

from judge.ml import compare, matching_hint, to_numpy, tolerance, with_hint


def _layernorm(x, gamma, beta, eps, axis=-1, ddof=0, eps_outside=False):
    mean = x.mean(axis=axis, keepdims=True)
    var = np.var(x, axis=axis, ddof=ddof, keepdims=True)
    scale = np.sqrt(var) + eps if eps_outside else np.sqrt(var + eps)
    return gamma * (x - mean) / scale + beta


CANCELLATION = (
    "the variance lost its precision where |mean| is far larger than the spread (rows near 10^4 that vary by "
    "10^-4): mean(x**2) - mean(x)**2 cancels catastrophically; compute it as mean((x - mean)**2)"
)


def _mistakes(x, gamma, beta, eps):
    candidates = [
        ("the statistics were taken over axis 0 (across the batch, as BatchNorm does): LayerNorm normalises each "
         "example over its last axis (axis=-1, keepdims=True)", lambda: _layernorm(x, gamma, beta, eps, axis=0)),
        ("normalised with the unbiased variance (divided by D - 1): LayerNorm uses the biased variance, "
         "mean((x - mean)**2) over the last axis", lambda: _layernorm(x, gamma, beta, eps, ddof=1)),
        ("eps belongs inside the square root: (x - mean) / sqrt(var + eps)",
         lambda: _layernorm(x, gamma, beta, eps, eps_outside=True)),
        ("gamma and beta were swapped: out = gamma * x_hat + beta", lambda: _layernorm(x, beta, gamma, eps)),
    ]
    if x.ndim == 3:
        candidates.append(("the statistics were taken over axis 1 (the sequence): normalise over the last axis",
                           lambda: _layernorm(x, gamma, beta, eps, axis=1)))
    return candidates


def _cancelled(x, eps, got, expected, tol):
    """The naive variance's rounding depends on summation order, so it is recognised by its
    symptom: wrong only in rows whose mean dwarfs their spread."""
    rows_off = ~np.isclose(got, expected, rtol=tol.rtol, atol=tol.atol).all(axis=-1)  # nan counts as off
    mean = np.abs(x.mean(axis=-1))
    spread = np.sqrt(x.var(axis=-1) + eps)
    fragile = mean > 1e5 * spread
    return bool(rows_off.any() and fragile[rows_off].all())


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    x = np.asarray(args["x"], dtype=np.float64)
    gamma = np.asarray(args["gamma"], dtype=np.float64)
    beta = np.asarray(args["beta"], dtype=np.float64)
    eps = args["eps"]
    hint = matching_hint(got, _mistakes(x, gamma, beta, eps), tol)
    if hint is None and "shape" not in problem and "dtype" not in problem:
        try:
            answer = np.asarray(to_numpy(got), dtype=np.float64)
            want = np.asarray(to_numpy(expected), dtype=np.float64)
            if answer.shape == x.shape and _cancelled(x, eps, answer, want, tol):
                hint = CANCELLATION
        except (ValueError, TypeError):
            pass
    return False, with_hint(problem, hint)
