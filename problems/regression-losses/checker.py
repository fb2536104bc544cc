"""(loss, grad_pred, grad_w) against the reference, then a hint when the answer is what a
known mistake produces (sign(0) taken as 1, MSE's factor 2 dropped, Huber confused with
smooth L1, the L2 penalty halved, a sum for the mean, the elastic-net mix swapped, ...)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "grad_pred", "grad_w"]


def _sign_at_zero_is_one(x):
    return np.where(x >= 0, 1.0, -1.0)


def _objective(a, sign=np.sign, pen_sign=np.sign, two=2.0, smooth_l1=False, huber_no_half=False,
               reduce_by_n=True, l2_half=False, swap_ratio=False, flip=False, penalty_over_n=False):
    X, w, y = a["X"], a["w"], a["y"]
    n = X.shape[0]
    scale = 1.0 / n if reduce_by_n else 1.0
    r = X @ w - y
    kind, delta = a["loss"], a["delta"]
    if kind == "mse":
        data, grad_pred = np.sum(r * r) * scale, two * r * scale
    elif kind == "mae":
        data, grad_pred = np.sum(np.abs(r)) * scale, sign(r) * scale
    else:
        absr = np.abs(r)
        half = 1.0 if huber_no_half else 0.5
        per = np.where(absr <= delta, half * r * r, delta * (absr - 0.5 * delta))
        grad = np.where(absr <= delta, 2 * half * r, delta * sign(r))
        if smooth_l1:
            per, grad = per / delta, grad / delta
        data, grad_pred = np.sum(per) * scale, grad * scale
    if flip:
        grad_pred = -grad_pred
    lam, ratio = a["lam"], a["l1_ratio"]
    if swap_ratio:
        ratio = 1.0 - ratio
    l1_part = {"none": 0.0, "l1": 1.0, "l2": 0.0, "elastic_net": ratio}[a["penalty"]]
    l2_part = {"none": 0.0, "l1": 0.0, "l2": 1.0, "elastic_net": 1.0 - ratio}[a["penalty"]]
    l2_factor = 0.5 if l2_half else 1.0
    reg = lam * (l1_part * np.sum(np.abs(w)) + l2_factor * l2_part * np.sum(w * w))
    grad_reg = lam * (l1_part * pen_sign(w) + 2.0 * l2_factor * l2_part * w)
    if penalty_over_n:
        reg, grad_reg = reg / n, grad_reg / n
    return float(data + reg), grad_pred, X.T @ grad_pred + grad_reg


def _mistakes(a):
    n = a["X"].shape[0]
    candidates = [
        ("the L1 penalty's subgradient at a weight of exactly 0 is 0 (sign(0) = 0), not +lam",
         lambda: _objective(a, pen_sign=_sign_at_zero_is_one)),
        ("the MAE subgradient at a residual of exactly 0 is 0 (sign(0) = 0), not +1/N",
         lambda: _objective(a, sign=_sign_at_zero_is_one)),
        ("the subgradient of |x| at x = 0 is taken as 0 here (sign(0) = 0, as torch's l1_loss backward "
         "and torch.sign); sign at an exactly zero residual or weight must not be +1",
         lambda: _objective(a, sign=_sign_at_zero_is_one, pen_sign=_sign_at_zero_is_one)),
        ("d/dpred of mean((pred - y)^2) is 2 * (pred - y) / N: the factor 2 is missing",
         lambda: _objective(a, two=1.0)),
        ("this is smooth L1 (torch's smooth_l1_loss with beta = delta, Huber divided by delta); "
         "Huber is 0.5 r^2 for |r| <= delta and delta * (|r| - delta / 2) beyond",
         lambda: _objective(a, smooth_l1=True)),
        ("Huber's quadratic piece is 0.5 * r^2 (so it meets delta * (|r| - delta / 2) at |r| = delta), not r^2",
         lambda: _objective(a, huber_no_half=True)),
        ("the L2 penalty is lam * sum(w^2) with gradient 2 * lam * w; this is lam / 2 * sum(w^2)",
         lambda: _objective(a, l2_half=True)),
        ("elastic net is lam * (l1_ratio * sum|w| + (1 - l1_ratio) * sum(w^2)): l1_ratio weighs the L1 part, "
         "the two were swapped", lambda: _objective(a, swap_ratio=True)),
        ("the gradient's sign is flipped: with r = pred - y, d loss / d pred has the sign of r",
         lambda: _objective(a, flip=True)),
        ("the penalty is added once, not divided by N: only the data term is a mean",
         lambda: _objective(a, penalty_over_n=True)),
    ]
    if n > 1:
        candidates.append((f"the data term is N = {n} times too large: it is the mean over the examples, not the sum",
                           lambda: _objective(a, reduce_by_n=False)))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    a = dict(args)
    for name in ("X", "w", "y"):
        a[name] = np.asarray(args[name], dtype=np.float64)
    return False, with_hint(problem, matching_hint(got, _mistakes(a), tol, parts=PARTS))
