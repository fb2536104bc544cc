"""The five members against the reference, N * grad against centred finite differences of each
pair's term, and a hint naming the mistake the failing member looks like (no reference model,
beta outside the log-sigmoid, log of a sigmoid that rounded to 0, rewards without beta or
without the reference, the gradient missing beta or 1/N, chosen and rejected swapped)."""

import numpy as np

from judge.ml import FD_TOLERANCE, compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "grad_chosen", "grad_rejected", "chosen_rewards", "rejected_rewards"]
STABLE = "use -log sigmoid(z) = max(-z, 0) + log1p(exp(-|z|))"
NO_REF = ("the reference model is missing: logits = (pi_chosen - pi_rejected) - (ref_chosen - ref_rejected); "
          "DPO's reward is beta * log(pi / pi_ref), not the policy's log-prob alone")
MAX_ENTRIES = 512


def _term(z):
    return np.logaddexp(0.0, -z)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _parts(args):
    pc, pr, rc, rr = (np.asarray(args[k], dtype=np.float64) for k in
                      ("policy_chosen_logps", "policy_rejected_logps", "ref_chosen_logps", "ref_rejected_logps"))
    return pc, pr, rc, rr, args["beta"]


def _mistakes(args, name):
    pc, pr, rc, rr, beta = _parts(args)
    n = pc.size
    logits = (pc - pr) - (rc - rr)
    z = beta * logits
    s = _sigmoid(-z)
    sign = 1.0 if name == "grad_rejected" else -1.0
    if name == "loss":
        return [
            (NO_REF, lambda: np.mean(_term(beta * (pc - pr)))),
            ("beta multiplies the logits inside the log-sigmoid: -log sigmoid(beta * logits), not -beta * log sigmoid(logits)",
             lambda: np.mean(beta * _term(logits))),
            ("log(sigmoid(z)) is log(0) = -inf once sigmoid(beta * logits) underflows (below about -745): " + STABLE,
             lambda: -np.mean(np.log(1.0 / (1.0 + np.exp(-z))))),
            ("log(1 + exp(-z)) overflows for beta * logits far below 0: " + STABLE, lambda: np.mean(np.log1p(np.exp(-z)))),
            ("chosen and rejected are swapped: logits are chosen minus rejected, so the loss falls as the policy prefers the chosen answer",
             lambda: np.mean(_term(-z))),
            ("the policy and the reference are swapped: logits = (pi_chosen - pi_rejected) - (ref_chosen - ref_rejected)",
             lambda: np.mean(_term(-z))),
            (f"loss is N = {n} times too large: average over the N pairs", lambda: np.sum(_term(z))),
            ("beta is missing from the loss: -log sigmoid(beta * logits)", lambda: np.mean(_term(logits))),
        ]
    if name in ("grad_chosen", "grad_rejected"):
        return [
            (NO_REF, lambda: sign * beta * _sigmoid(-beta * (pc - pr)) / n),
            (f"{name} is missing the factor beta: d(beta * logits) / d logps = +-beta",
             lambda: sign * s / n),
            (f"{name} is N = {n} times too large: the loss is a mean over the N pairs", lambda: sign * beta * s),
            (f"{name} has the wrong sign: d loss / d policy_chosen_logps = -beta * sigmoid(-beta * logits) / N, "
             "and the rejected gradient is its negative", lambda: -sign * beta * s / n),
            ("the gradient uses sigmoid(beta * logits) where it needs sigmoid(-beta * logits): it must vanish once the "
             "policy prefers the chosen answer by a wide margin", lambda: sign * beta * _sigmoid(z) / n),
            ("beta multiplies the logits inside the log-sigmoid, so the gradient is -+beta * sigmoid(-beta * logits) / N",
             lambda: sign * beta * _sigmoid(-logits) / n),
        ]
    policy, ref = (pc, rc) if name == "chosen_rewards" else (pr, rr)
    return [
        (f"{name} is missing beta: the implicit reward is beta * (policy_logps - ref_logps)", lambda: policy - ref),
        (f"{name} ignores the reference model: the implicit reward is beta * (policy_logps - ref_logps)", lambda: beta * policy),
        (f"{name} has the wrong sign: the implicit reward is beta * (policy_logps - ref_logps)", lambda: beta * (ref - policy)),
        ("chosen_rewards and rejected_rewards are swapped",
         lambda: beta * ((pr - rr) if name == "chosen_rewards" else (pc - rc))),
    ]


def _fd_problem(args, grads):
    pc, pr, rc, rr, beta = _parts(args)
    n = pc.size
    at = np.unique(np.linspace(0, n - 1, min(n, MAX_ENTRIES)).round().astype(np.int64))
    step = float(np.finfo(np.float64).eps) ** (1 / 3)
    ref = (rc - rr)[at]
    for name, grad, own, other, sign in (("grad_chosen", grads[0], pc, pr, 1.0), ("grad_rejected", grads[1], pr, pc, -1.0)):
        x, y = own[at], other[at]
        up, down = x + step, x - step
        f_up = _term(beta * (sign * (up - y) - ref))
        f_down = _term(beta * (sign * (down - y) - ref))
        numeric = (f_up - f_down) / (up - down)
        problem = compare(numeric, n * np.asarray(grad, dtype=np.float64)[at], FD_TOLERANCE, f"N * {name}")
        if problem:
            return f"{name} disagrees with centred finite differences of each pair's term (checked at {len(at)} entries): {problem}"
    return None


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        grads = [np.asarray(to_numpy(got[k]), dtype=np.float64) for k in (1, 2)]
        problem = _fd_problem(args, grads)
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    with np.errstate(all="ignore"):
        for name, want, have in zip(PARTS, expected, got):
            if compare(want, have, tol, name) is None:
                continue
            return False, with_hint(problem, matching_hint(have, _mistakes(args, name), tol))
    return False, problem
