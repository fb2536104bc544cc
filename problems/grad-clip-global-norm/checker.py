"""The clipped tensors one by one and the total norm against the reference, then a hint when
the answer is what a known mistake produces (clipping each tensor by its own norm, a sum of
squares that overflowed, the norm after clipping, no 1e-6, scaling up as well as down, scaling
the norm by the smallest |value|)."""

import math

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _safe_norm(arrays):
    largest = max(float(np.max(np.abs(a))) for a in arrays)
    if largest == 0.0:
        return 0.0
    return largest * math.sqrt(sum(float(np.sum(np.square(a / largest))) for a in arrays))


def _smallest_scaled_norm(arrays):
    """The overflow-safe norm done wrong: scaled by each tensor's smallest |value| (the largest of
    those), which is 0 when every tensor holds a 0, and so small beside 1e300 that (g / m)^2 overflows."""
    scale = max(float(np.min(np.abs(a))) for a in arrays)
    if scale == 0.0:
        return 0.0
    return scale * math.sqrt(sum(float(np.sum(np.square(a / scale))) for a in arrays))


SMALLEST_SCALE = (
    "the norm was scaled by the smallest |value| (0 when a tensor holds a 0, and tiny beside 1e300 so that "
    "(g / m)^2 overflows): divide by the largest |value| m, norm = m * sqrt(sum((g / m)^2))"
)


def _clip(arrays, total, max_norm, eps=1e-6, always=False, strict=False):
    if strict:  # the textbook form: scale by max_norm / total only when total > max_norm
        return [a * (max_norm / total) for a in arrays] if total > max_norm else arrays
    coef = max_norm / (total + eps)
    return [a * coef for a in arrays] if always or coef < 1.0 else arrays


def _grad_mistakes(arrays, max_norm):
    total = _safe_norm(arrays)
    return [
        ("each tensor was clipped by its own norm: clip by the global norm, sqrt of the sum of squares over all "
         "tensors together, and scale every tensor by the same factor",
         lambda: [_clip([a], _safe_norm([a]), max_norm)[0] for a in arrays]),
        ("the sum of squares overflowed to inf (values near 1e154 and beyond): scale by the largest |value| before "
         "squaring, norm = m * sqrt(sum((g / m)^2))",
         lambda: _clip(arrays, math.sqrt(sum(float(np.sum(a * a)) for a in arrays)), max_norm)),
        ("clip_grad_norm_ scales by max_norm / (total_norm + 1e-6) whenever that is below 1 (so a norm exactly at "
         "max_norm is scaled too), not by max_norm / total_norm",
         lambda: _clip(arrays, total, max_norm, strict=True)),
        ("gradients were scaled up to max_norm: scale only when max_norm / (total_norm + 1e-6) < 1 and leave "
         "smaller gradients unchanged",
         lambda: _clip(arrays, total, max_norm, always=True)),
        (SMALLEST_SCALE, lambda: _clip(arrays, _smallest_scaled_norm(arrays), max_norm)),
    ]


def _norm_mistakes(arrays, max_norm):
    total = _safe_norm(arrays)
    return [
        ("total_norm is the norm after clipping: return the total norm of the gradients as they came in "
         "(what clip_grad_norm_ returns)",
         lambda: total * min(1.0, max_norm / (total + 1e-6))),
        ("total_norm is the sum of the tensors' norms: the global norm is sqrt(sum of every tensor's squared norm)",
         lambda: sum(_safe_norm([a]) for a in arrays)),
        ("the sum of squares overflowed to inf: scale by the largest |value| before squaring, "
         "norm = m * sqrt(sum((g / m)^2))",
         lambda: math.sqrt(sum(float(np.sum(a * a)) for a in arrays))),
        (SMALLEST_SCALE, lambda: _smallest_scaled_norm(arrays)),
    ]


def _pair(got):
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return None
    return got


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    arrays = [np.asarray(g, dtype=np.float64) for g in args["grads"]]
    pair = _pair(got)
    if pair is None:
        return False, "return a tuple (clipped_grads, total_norm)"
    clipped, norm = pair
    if not isinstance(clipped, (list, tuple)) or len(clipped) != len(arrays):
        count = f"{len(clipped)} values" if isinstance(clipped, (list, tuple)) else f"{type(clipped).__name__}"
        return False, f"clipped_grads should be a list of {len(arrays)} arrays, one per gradient, got {count}"
    for k, (want, have) in enumerate(zip(expected[0], clipped)):
        problem = compare(want, have, tol, name=f"clipped_grads[{k}]")
        if problem:
            return False, with_hint(problem, matching_hint(list(clipped), _grad_mistakes(arrays, args["max_norm"]), tol))
    problem = compare(expected[1], norm, tol, name="total_norm")
    if problem:
        return False, with_hint(problem, matching_hint(norm, _norm_mistakes(arrays, args["max_norm"]), tol))
    return True, ""
