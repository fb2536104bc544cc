"""The three outputs against the reference, then a hint when the answer is what a known
mistake produces (the wrong variance, the wrong statistics for the mode, momentum reversed)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["out", "running_mean", "running_var"]


def _forward(a, normalise_ddof=0, running_ddof=1, eval_batch_stats=False, reverse_momentum=False, eps_outside=False):
    x, gamma, beta, rm, rv, m = a["x"], a["gamma"], a["beta"], a["running_mean"], a["running_var"], a["momentum"]
    eps, training = a["eps"], a["training"]
    n = x.shape[0]
    if training or eval_batch_stats:
        mean, var = x.mean(axis=0), x.var(axis=0, ddof=normalise_ddof)
    else:
        mean, var = rm, rv
    scale = np.sqrt(var) + eps if eps_outside else np.sqrt(var + eps)
    out = gamma * (x - mean) / scale + beta
    if not training:
        return out, rm, rv
    unbiased = x.var(axis=0, ddof=running_ddof) if n > running_ddof else np.full_like(rv, np.nan)
    keep, new = (m, 1 - m) if reverse_momentum else (1 - m, m)
    return out, keep * rm + new * mean, keep * rv + new * unbiased


def _mistakes(a):
    return [
        ("in eval mode, normalise with running_mean and running_var, not with the batch's own statistics",
         lambda: _forward(a, eval_batch_stats=True)),
        ("out was normalised with the unbiased variance (divided by N - 1): normalise with the biased batch variance "
         "(divide by N) and use the unbiased one only for the running_var update",
         lambda: _forward(a, normalise_ddof=1)),
        ("running_var was updated with the biased batch variance: PyTorch's running update uses the unbiased one, "
         "var * N / (N - 1)",
         lambda: _forward(a, running_ddof=0)),
        ("momentum is reversed: running = (1 - momentum) * running + momentum * batch_statistic",
         lambda: _forward(a, reverse_momentum=True)),
        ("eps belongs inside the square root: (x - mean) / sqrt(var + eps)",
         lambda: _forward(a, eps_outside=True)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    a = dict(args)
    for name in ("x", "gamma", "beta", "running_mean", "running_var"):
        a[name] = np.asarray(args[name], dtype=np.float64)
    return False, with_hint(problem, matching_hint(got, _mistakes(a), tol, parts=PARTS))
