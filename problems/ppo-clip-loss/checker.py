"""loss and grad against the reference, grad against centred finite differences of the loss
at the entries away from the clip's kinks, and a hint when the answer is what a known mistake
produces."""

import math

import numpy as np

from judge.ml import FD_TOLERANCE, compare, matching_hint, to_numpy, tolerance, with_hint

PARTS = ["loss", "grad"]
KINK_MARGIN = 1e-4  # finite differences (step ~6e-6) are taken only this far from a kink
MAX_ENTRIES = 512


def _answer(new, old, adv, eps, combine=np.minimum, sign=-1.0, clip_log=False, grad="right", ratio=None):
    n = len(new)
    r = np.exp(new - old) if ratio is None else ratio
    clipped_r = np.exp(np.clip(new - old, -eps, eps)) if clip_log else np.clip(r, 1 - eps, 1 + eps)
    unclipped, clipped = r * adv, clipped_r * adv
    loss = sign * float(np.mean(combine(unclipped, clipped)))
    flat = combine(unclipped, clipped) != unclipped
    if grad == "no clip":
        g = sign * unclipped / n
    elif grad == "no ratio":
        g = np.where(flat, 0.0, sign * adv / n)
    elif grad == "sum":
        g = np.where(flat, 0.0, sign * unclipped)
    else:
        g = np.where(flat, 0.0, sign * unclipped / n)
    return loss, g


def _mistakes(new, old, adv, eps):
    n = len(new)
    return [
        ("the maximum of the two terms was taken: PPO takes the minimum of r * A and clip(r, 1 - eps, 1 + eps) * A "
         "(a pessimistic bound), then negates its mean",
         lambda: _answer(new, old, adv, eps, combine=np.maximum)),
        ("loss and grad have the wrong sign: the loss is the negative of the surrogate objective, "
         "-mean(min(r * A, clip(r) * A))",
         lambda: _answer(new, old, adv, eps, sign=1.0)),
        ("the gradient ignores the clip: it is 0 where the clipped term is the minimum "
         "(A > 0 and r > 1 + eps, or A < 0 and r < 1 - eps)",
         lambda: _answer(new, old, adv, eps, grad="no clip")),
        ("the gradient is missing the ratio: d r / d new_log_probs = r, so grad = -r * A / N where unclipped",
         lambda: _answer(new, old, adv, eps, grad="no ratio")),
        (f"the gradient is N = {n} times too large: the loss is a mean, so divide by N",
         lambda: _answer(new, old, adv, eps, grad="sum")),
        ("the log-ratio was clipped to [-eps, eps]: clip the ratio r = exp(new - old) to [1 - eps, 1 + eps]",
         lambda: _answer(new, old, adv, eps, clip_log=True)),
        ("the ratio is exp(new_log_probs - old_log_probs), not new_log_probs / old_log_probs",
         lambda: _answer(new, old, adv, eps, ratio=new / old)),
    ]


def _away_from_kinks(new, old, eps):
    log_ratio = new - old
    far = np.ones(new.shape, dtype=bool)
    for edge in (math.log(1 - eps), math.log(1 + eps)):
        far &= np.abs(log_ratio - edge) > KINK_MARGIN
    entries = [int(i) for i in np.flatnonzero(far)]
    if len(entries) > MAX_ENTRIES:
        entries = [entries[int(k)] for k in np.unique(np.linspace(0, len(entries) - 1, MAX_ENTRIES).round().astype(int))]
    return [(i,) for i in entries]


def _terms(new, old, adv, eps):
    """Each sample's share of the loss: the loss is their sum, and term i depends on new[i] only."""
    ratio = np.exp(new - old)
    return -np.minimum(ratio * adv, np.clip(ratio, 1 - eps, 1 + eps) * adv) / len(new)


def _fd_problem(new, old, adv, eps, grad):
    """The gradient against centred differences (step eps^(1/3), as judge.ml's), at entries far
    enough from a kink that the step never crosses one. The loss is separable, so each entry is
    differenced through its own term: a ratio of e^20 elsewhere in the batch would otherwise
    swamp the differences of the small terms with its rounding (eps * |loss| / step)."""
    entries = _away_from_kinks(new, old, eps)
    if not entries:
        return None
    at = np.array([i for (i,) in entries], dtype=np.int64)
    step = float(np.finfo(np.float64).eps) ** (1 / 3)
    up, down = new[at] + step, new[at] - step
    numeric = np.zeros(new.shape)
    numeric[at] = (_terms(up, old[at], adv[at], eps) - _terms(down, old[at], adv[at], eps)) / (up - down)
    numeric[at] *= len(at) / len(new)  # _terms divided by len(at); the loss divides by N
    solution = np.zeros(new.shape)
    solution[at] = np.asarray(grad, dtype=np.float64)[at]
    problem = compare(numeric, solution, FD_TOLERANCE, "grad")
    if problem is None:
        return None
    return f"grad disagrees with centred finite differences of the loss (checked at {len(at)} entries): {problem}"


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    new, old, adv = (np.asarray(args[n], dtype=np.float64) for n in ("new_log_probs", "old_log_probs", "advantages"))
    eps = args["epsilon"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        problem = _fd_problem(new, old, adv, eps, np.asarray(to_numpy(got[1]), dtype=np.float64))
    if problem is None:
        return True, ""
    return False, with_hint(problem, matching_hint(got, _mistakes(new, old, adv, eps), tol, parts=PARTS))
