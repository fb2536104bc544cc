"""Inverted dropout: the scaling, the fraction kept (a Hoeffding bound a correct draw fails
with probability below 1e-9), no mask shared between rows, then the exact draw for the seed.
Evaluation mode must be the identity."""

import numpy as np

from judge.ml import compare, fraction_check, matching_hint, repeated_rows_check, to_numpy, tolerance, with_hint

ALGORITHM = "rng = np.random.default_rng(seed); keep = rng.random(x.shape) >= p"


def _eval_mistakes(x, p, seed):
    rng = np.random.default_rng(seed)
    return [
        ("in eval mode return x unchanged: inverted dropout already scaled by 1/(1 - p) while training, "
         "so multiplying by (1 - p) here shrinks every activation", lambda: x * (1 - p)),
        ("in eval mode return x unchanged: no 1/(1 - p) scaling outside training", lambda: x / (1 - p)),
        ("dropout was applied in eval mode: when training is false, return x unchanged",
         lambda: x * (rng.random(x.shape) >= p) / (1 - p)),
    ]


def _scale_problem(x, p, out):
    """Kept entries must be x / (1 - p); say which factor was used instead."""
    nonzero = x != 0
    kept = (out != 0) & nonzero
    want = 1 / (1 - p)
    if not kept.any():
        return None
    ratios = out[kept] / x[kept]
    if np.allclose(ratios, want, rtol=1e-9, atol=0):
        return None
    factor = float(np.median(ratios))
    if not np.allclose(ratios, factor, rtol=1e-9, atol=0):
        first = tuple(int(i) for i in np.argwhere(kept & ~np.isclose(out, x * want, rtol=1e-9, atol=1e-12))[0])
        return f"kept values must be x / (1 - p) = x * {want:.6g}; at {list(first)} got {out[first]:.6g} for x = {x[first]:.6g}"
    message = f"kept values are x * {factor:.6g}, expected x / (1 - p) = x * {want:.6g}"
    if np.isclose(factor, 1.0):
        return message + ": rescale the kept values by 1/(1 - p) during training (that is what makes it inverted dropout)"
    if p > 0 and np.isclose(factor, 1 / p):
        return message + ": p is the probability of dropping, so keep with probability 1 - p and scale by 1/(1 - p)"
    return message


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    x = np.asarray(args["x"], dtype=np.float64)
    p, training, seed = args["p"], args["training"], args["seed"]
    problem = compare(expected, got, tol)
    if not training:
        if problem is None:
            return True, ""
        return False, with_hint(problem, matching_hint(got, _eval_mistakes(x, p, seed), tol))
    if problem is not None and ("shape" in problem or "nan" in problem or "inf" in problem or "dtype" in problem):
        return False, problem
    out = np.asarray(to_numpy(got), dtype=np.float64)
    scale = _scale_problem(x, p, out)
    if scale:
        return False, scale
    zeroed = (out == 0) & (x != 0)
    if not np.all(np.isclose(out[~zeroed], (x / (1 - p))[~zeroed], rtol=1e-9, atol=1e-12)):
        return False, "every output must be 0 or x / (1 - p)"
    considered = x != 0  # a zero input is zero whether kept or not
    if x.ndim == 2 and considered.all():
        reused = repeated_rows_check(~zeroed, 1 - p, "the dropout mask")
        if reused:
            return False, reused
    kept = int((~zeroed & considered).sum())
    fraction = fraction_check(kept, int(considered.sum()), 1 - p, "entries kept")
    if fraction:
        hint = "p is the probability of dropping: keep each entry with probability 1 - p" if p != 0.5 else ""
        return False, with_hint(fraction, hint)
    if problem is None:
        return True, ""
    want_keep = np.random.default_rng(seed).random(x.shape) >= p
    differs = np.argwhere((want_keep != ~zeroed) & considered)
    if differs.size:
        first = [int(i) for i in differs[0]]
        return False, (
            f"the scaling and the fraction kept are right, but the mask differs from the statement's draw ({ALGORITHM}) "
            f"at {len(differs)} of {int(considered.sum())} entries, first at {first}: "
            "draw exactly as the statement says, once, with x's shape"
        )
    return False, problem
