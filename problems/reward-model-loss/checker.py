"""(loss, grad_chosen, grad_rejected) against the reference, N * grad against centred finite
differences of each pair's term, and a hint naming the mistake the failing member looks like
(log of a sigmoid that rounded to 0, an overflowing exp, chosen and rejected swapped, a sum
for the mean, the sigmoid of the wrong sign)."""

import numpy as np

from judge.ml import FD_TOLERANCE, compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "grad_chosen", "grad_rejected"]
STABLE = "use -log sigmoid(m) = softplus(-m) = max(-m, 0) + log1p(exp(-|m|))"
MAX_ENTRIES = 512


def _term(margin):
    return np.logaddexp(0.0, -margin)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _loss_mistakes(m):
    n = m.size
    loss = float(np.mean(_term(m)))
    return [
        ("log(sigmoid(m)) is log(0) = -inf once sigmoid(m) underflows (margins below about -745): " + STABLE,
         lambda: -np.mean(np.log(1.0 / (1.0 + np.exp(-m))))),
        ("log(1 + exp(-m)) overflows for margins far below 0 (exp(1000) = inf): " + STABLE,
         lambda: np.mean(np.log(1.0 + np.exp(-m)))),
        ("log(1 + exp(-m)) overflows for margins far below 0 (exp(1000) = inf): " + STABLE,
         lambda: np.mean(np.log1p(np.exp(-m)))),
        ("chosen and rejected are swapped: the loss is -log sigmoid(r_chosen - r_rejected), small when the chosen answer scores higher",
         lambda: np.mean(_term(-m))),
        (f"loss is N = {n} times too large: average over the N pairs, do not sum", lambda: loss * n),
        ("the loss is log sigmoid(m), not -log sigmoid(m): the negative log-likelihood is >= 0", lambda: -loss),
    ]


def _grad_mistakes(m, side):
    n = m.size
    sign = -1.0 if side == "grad_chosen" else 1.0
    grad = sign * _sigmoid(-m) / n
    return [
        (f"{side} is N = {n} times too large: the loss is a mean over the N pairs, so each gradient carries 1/N",
         lambda: grad * n),
        (f"{side} has the wrong sign: d loss / d r_chosen = -sigmoid(-m) / N and d loss / d r_rejected = +sigmoid(-m) / N",
         lambda: -grad),
        ("the gradient uses sigmoid(m) where it needs sigmoid(-m) = 1 - sigmoid(m): "
         "d/dm of -log sigmoid(m) is -(1 - sigmoid(m)), which vanishes when the chosen answer wins by a lot",
         lambda: sign * _sigmoid(m) / n),
        ("chosen and rejected are swapped: the loss is -log sigmoid(r_chosen - r_rejected)",
         lambda: -sign * _sigmoid(m) / n),
        ("exp(-m) / (1 + exp(-m)) is inf / inf = nan for margins far below 0: take the sigmoid on the side where exp() is <= 1",
         lambda: sign * (np.exp(-m) / (1.0 + np.exp(-m))) / n),
    ]


def _fd_problem(chosen, rejected, grads):
    """N * grad against centred differences of each pair's own term (the loss is their mean)."""
    n = chosen.size
    at = np.unique(np.linspace(0, n - 1, min(n, MAX_ENTRIES)).round().astype(np.int64))
    step = float(np.finfo(np.float64).eps) ** (1 / 3)
    for name, grad, sign in (("grad_chosen", grads[0], 1.0), ("grad_rejected", grads[1], -1.0)):
        c = chosen[at]
        r = rejected[at]
        up, down = c + sign * step, c - sign * step
        numeric = (_term(up - r) - _term(down - r)) / ((up - down) * sign)
        problem = compare(numeric, n * np.asarray(grad, dtype=np.float64)[at], FD_TOLERANCE, f"N * {name}")
        if problem:
            return f"{name} disagrees with centred finite differences of each pair's term (checked at {len(at)} entries): {problem}"
    return None


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    chosen = np.asarray(args["chosen_rewards"], dtype=np.float64)
    rejected = np.asarray(args["rejected_rewards"], dtype=np.float64)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        grads = [np.asarray(to_numpy(got[k]), dtype=np.float64) for k in (1, 2)]
        problem = _fd_problem(chosen, rejected, grads)
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    m = chosen - rejected
    with np.errstate(all="ignore"):
        for name, want, have in zip(PARTS, expected, got):
            if compare(want, have, tol, name) is None:
                continue
            mistakes = _loss_mistakes(m) if name == "loss" else _grad_mistakes(m, name)
            return False, with_hint(problem, matching_hint(have, mistakes, tol))
    return False, problem
