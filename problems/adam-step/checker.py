"""(param, m, v) against the reference, then a hint when the answer is what a known mistake
produces (no bias correction, eps inside the square root, AdamW's decoupled decay, no decay, ...)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["param", "m", "v"]


def _step(a, correct=True, t_shift=0, eps_inside=False, decoupled=False, return_corrected=False, correct_m_only=False):
    p, grad, m, v, t = a["param"], a["grad"], a["m"], a["v"], a["t"] + t_shift
    lr, b1, b2, eps, wd = a["lr"], a["beta1"], a["beta2"], a["eps"], a["weight_decay"]
    g = grad if decoupled else grad + wd * p
    new_m = b1 * m + (1 - b1) * g
    new_v = b2 * v + (1 - b2) * g * g
    m_hat = new_m / (1 - b1**t) if correct else new_m
    v_hat = new_v / (1 - b2**t) if correct and not correct_m_only else new_v
    denominator = np.sqrt(v_hat + eps) if eps_inside else np.sqrt(v_hat) + eps
    start = p * (1 - lr * wd) if decoupled else p
    new_p = start - lr * m_hat / denominator
    if return_corrected:
        return new_p, m_hat, v_hat
    return new_p, new_m, new_v


def _mistakes(a):
    return [
        ("no bias correction: divide by (1 - beta1^t) and (1 - beta2^t) before the update, "
         "m_hat = m / (1 - beta1^t), v_hat = v / (1 - beta2^t)",
         lambda: _step(a, correct=False)),
        ("only m was bias-corrected: v_hat = v / (1 - beta2^t) too",
         lambda: _step(a, correct_m_only=True)),
        ("eps belongs outside the square root: param - lr * m_hat / (sqrt(v_hat) + eps)",
         lambda: _step(a, eps_inside=True)),
        ("this is AdamW's decoupled weight decay; torch.optim.Adam's weight_decay is L2: add weight_decay * param "
         "to the gradient before updating m and v",
         lambda: _step(a, decoupled=True)),
        ("return the raw moments m and v, not the bias-corrected m_hat and v_hat (the next step needs the raw ones)",
         lambda: _step(a, return_corrected=True)),
        ("the bias correction uses t - 1: t counts steps from 1, so the first step divides by (1 - beta1^1)",
         lambda: _step(a, t_shift=-1)),
        ("the bias correction uses t + 1: t is already this step's number, starting at 1",
         lambda: _step(a, t_shift=1)),
        ("the weight decay was not applied: add weight_decay * param to the gradient whenever weight_decay is not 0 "
         "(1 included)",
         lambda: _step({**a, "weight_decay": 0.0})),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    a = dict(args)
    for name in ("param", "grad", "m", "v"):
        a[name] = np.asarray(args[name], dtype=np.float64)
    return False, with_hint(problem, matching_hint(got, _mistakes(a), tol, parts=PARTS))
