"""(param, *state) against the reference, then a hint when the answer is what a known mistake
produces: for RMSProp eps inside the square root, centring without subtracting grad_avg^2,
lr folded into the momentum buffer, decoupled decay, alpha's two weights swapped, an Adam
bias correction; for AdamW the L2 decay of Adam, the decay without lr, the decay after the
update, no bias correction, eps inside the square root, corrected moments returned."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint
from judge.values import decode, show

PARTS = {
    "rmsprop": ["param", "square_avg", "momentum_buffer", "grad_avg"],
    "adamw": ["param", "exp_avg", "exp_avg_sq"],
}


def _rmsprop(p, grad, state, step, o, eps_inside=False, uncentred=False, lr_in_buffer=False, decoupled=False,
             swap_alpha=False, bias_correct=False, no_momentum=False):
    sq, buf, ga = state
    lr, alpha, eps, wd, momentum = o["lr"], o["alpha"], o["eps"], o["weight_decay"], o["momentum"]
    if no_momentum:
        momentum = 0.0
    g = grad if decoupled else grad + wd * p
    keep = 1 - alpha if swap_alpha else alpha
    sq = keep * sq + (1 - keep) * g * g
    var = sq
    if o["centered"]:
        ga = keep * ga + (1 - keep) * g
        var = sq if uncentred else sq - ga * ga
    if bias_correct:
        var = var / (1 - alpha**step)
    avg = np.sqrt(var + eps) if eps_inside else np.sqrt(var) + eps
    start = p * (1 - lr * wd) if decoupled else p
    if momentum > 0:
        buf = momentum * buf + (lr * g / avg if lr_in_buffer else g / avg)
        new_p = start - (buf if lr_in_buffer else lr * buf)
    else:
        new_p = start - lr * g / avg
    return new_p, sq, buf, ga


def _adamw(p, grad, state, step, o, l2=False, decay_without_lr=False, decay_after=False, correct=True,
           eps_inside=False, return_corrected=False, no_decay=False):
    m, v = state
    lr, b1, b2, eps, wd = o["lr"], o["beta1"], o["beta2"], o["eps"], o["weight_decay"]
    if no_decay:
        wd = 0.0
    g = grad + wd * p if l2 else grad
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat = m / (1 - b1**step) if correct else m
    v_hat = v / (1 - b2**step) if correct else v
    denominator = np.sqrt(v_hat + eps) if eps_inside else np.sqrt(v_hat) + eps
    update = lr * m_hat / denominator
    shrink = 1.0 if l2 else (1 - wd if decay_without_lr else 1 - lr * wd)
    new_p = (p - update) * shrink if decay_after else p * shrink - update
    if return_corrected:
        return new_p, m_hat, v_hat
    return new_p, m, v


def _mistakes(kind, p, grad, state, step, o):
    a = (p, grad, state, step, o)
    if kind == "rmsprop":
        return [
            ("eps belongs outside the square root: avg = sqrt(square_avg) + eps (torch.optim.RMSprop)",
             lambda: _rmsprop(*a, eps_inside=True)),
            ("centred RMSProp divides by sqrt(square_avg - grad_avg^2) + eps: the squared running mean of the "
             "gradient was not subtracted", lambda: _rmsprop(*a, uncentred=True)),
            ("torch's momentum buffer is buf = momentum * buf + g / avg and the step is param -= lr * buf; "
             "lr was folded into the buffer", lambda: _rmsprop(*a, lr_in_buffer=True)),
            ("this is decoupled (AdamW-style) weight decay; RMSprop's weight_decay is L2: g = grad + weight_decay * param, "
             "before square_avg", lambda: _rmsprop(*a, decoupled=True)),
            ("alpha weighs the old average: square_avg = alpha * square_avg + (1 - alpha) * g^2 (the two weights are swapped)",
             lambda: _rmsprop(*a, swap_alpha=True)),
            ("RMSProp has no bias correction: do not divide square_avg by (1 - alpha^step)",
             lambda: _rmsprop(*a, bias_correct=True)),
            ("momentum was not applied: with momentum > 0, buf = momentum * buf + g / avg and param -= lr * buf",
             lambda: _rmsprop(*a, no_momentum=True)),
        ]
    return [
        ("this is Adam's L2 decay (weight_decay * param added to the gradient); AdamW decays decoupled: "
         "param *= 1 - lr * weight_decay, and the moments see the raw gradient", lambda: _adamw(*a, l2=True)),
        ("the decoupled decay is scaled by lr in torch.optim.AdamW: param *= 1 - lr * weight_decay, not 1 - weight_decay",
         lambda: _adamw(*a, decay_without_lr=True)),
        ("the decay shrinks the parameter before the Adam step, not the already updated one: "
         "param' = param * (1 - lr * weight_decay) - lr * m_hat / (sqrt(v_hat) + eps)", lambda: _adamw(*a, decay_after=True)),
        ("no bias correction: m_hat = m / (1 - beta1^step), v_hat = v / (1 - beta2^step)",
         lambda: _adamw(*a, correct=False)),
        ("eps belongs outside the square root: sqrt(v_hat) + eps", lambda: _adamw(*a, eps_inside=True)),
        ("return the raw moments exp_avg and exp_avg_sq, not the bias-corrected ones (the next step needs the raw ones)",
         lambda: _adamw(*a, return_corrected=True)),
        ("the weight decay was not applied: param *= 1 - lr * weight_decay whenever weight_decay is not 0",
         lambda: _adamw(*a, no_decay=True)),
    ]


def _flat(value, count):
    """(param, [buffers...]) as one flat tuple, or None when it is not shaped like that."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    param, state = value
    if not isinstance(state, (list, tuple)) or len(state) != count:
        return None
    return (param, *state)


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    kind = args["kind"]
    parts = PARTS[kind]
    buffers = len(parts) - 1
    got = decode(got)
    flat = _flat(got, buffers)
    if flat is None:
        return False, (f"{kind}: return a tuple (param, state) where state is a list of the {buffers} new buffers "
                       f"[{', '.join(parts[1:])}]; got {show(got, 80)}")
    problem = compare(_flat(decode(expected), buffers), flat, tol, parts=parts)
    if problem is None:
        return True, ""
    p = np.asarray(args["param"], dtype=np.float64)
    grad = np.asarray(args["grad"], dtype=np.float64)
    state = [np.asarray(s, dtype=np.float64) for s in args["state"]]
    hint = matching_hint(flat, _mistakes(kind, p, grad, state, args["step"], args["options"]), tol, parts=parts)
    return False, with_hint(f"{kind}: {problem}", hint)
