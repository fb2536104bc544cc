"""(param, velocity) against the reference, then a hint when the answer is what a known
mistake produces (a dampened average, the wrong mode, the lr-scaled velocity form, weight
decay kept out of the velocity)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["param", "velocity"]


def _step(a, nesterov=None, dampened=False, decay_outside=False):
    p, grad, vel = a["param"], a["grad"], a["velocity"]
    lr, mu, wd = a["lr"], a["momentum"], a["weight_decay"]
    nesterov = a["nesterov"] if nesterov is None else nesterov
    g = grad if decay_outside else grad + wd * p
    new_vel = mu * vel + ((1 - mu) * g if dampened else g)
    update = g + mu * new_vel if nesterov else new_vel
    if decay_outside:
        update = update + wd * p
    return p - lr * update, new_vel


def _sutskever(a):
    """velocity = momentum * velocity - lr * grad; param += velocity (Nesterov: the look-ahead form)."""
    p, lr, mu = a["param"], a["lr"], a["momentum"]
    g = a["grad"] + a["weight_decay"] * p
    new_vel = mu * a["velocity"] - lr * g
    return (p + mu * new_vel - lr * g if a["nesterov"] else p + new_vel), new_vel


def _mistakes(a):
    candidates = [
        ("the velocity is a dampened average, momentum * v + (1 - momentum) * g: PyTorch's SGD (dampening 0) "
         "accumulates v = momentum * v + g",
         lambda: _step(a, dampened=True)),
        ("this is the v = momentum * v - lr * g, param += v form: the statement uses PyTorch's, v = momentum * v + g "
         "and param -= lr * v (the velocity returned is PyTorch's buffer, without lr)",
         lambda: _sutskever(a)),
        ("weight decay must be added to the gradient before the velocity update (g = grad + weight_decay * param), "
         "not only to the step",
         lambda: _step(a, decay_outside=True)),
    ]
    if a["nesterov"]:
        candidates += [
            ("nesterov is true but the step is plain momentum: with Nesterov, param -= lr * (g + momentum * v_new)",
             lambda: _step(a, nesterov=False)),
        ]
    else:
        candidates.append(
            ("nesterov is false but the step is Nesterov's: plain momentum steps by param -= lr * v_new",
             lambda: _step(a, nesterov=True)))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    a = dict(args)
    for name in ("param", "grad", "velocity"):
        a[name] = np.asarray(args[name], dtype=np.float64)
    return False, with_hint(problem, matching_hint(got, _mistakes(a), tol, parts=PARTS))
