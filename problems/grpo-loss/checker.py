"""(loss, advantages, grad) against the reference, grad against centred finite differences of
each token's term away from the clip's kinks, and a hint naming the mistake the failing member
looks like (the population std, the wrong grouping, no std or no epsilon, a group of one, the
k1 log-ratio for the KL, a token-level mean, the mask ignored, the clip ignored in the
gradient)."""

import math

import numpy as np

from judge.ml import FD_TOLERANCE, compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "advantages", "grad"]
KINK_MARGIN = 1e-4
MAX_ENTRIES = 512


def _inputs(args):
    arrays = [np.asarray(args[k], dtype=np.float64) for k in ("log_probs", "old_log_probs", "ref_log_probs")]
    mask = np.asarray(args["mask"], dtype=bool)
    return (*arrays, mask, np.asarray(args["rewards"], dtype=np.float64), args["group_size"], args["epsilon"], args["beta"])


def _advantages(rewards, g, ddof=1, eps=1e-4, grouping="consecutive", std=True):
    n = rewards.size
    if grouping == "batch":
        grouped = rewards.reshape(1, n)
    elif grouping == "strided":
        grouped = rewards.reshape(g, -1).T
    else:
        grouped = rewards.reshape(-1, g)
    mean = grouped.mean(axis=1, keepdims=True)
    spread = grouped.std(axis=1, ddof=ddof, keepdims=True) if grouped.shape[1] > ddof else np.zeros_like(mean)
    out = (grouped - mean) / (spread + eps) if std else grouped - mean
    return (out.T if grouping == "strided" else out).reshape(n)


def _model(args, adv=None, kl="k3", agg="sequence", use_mask=True, grad="right"):
    lp, old, ref, mask, rewards, g, eps, beta = _inputs(args)
    n = lp.shape[0]
    a = (_advantages(rewards, g) if adv is None else adv)[:, None]
    ratio = np.exp(lp - old)
    unclipped, clipped = ratio * a, np.clip(ratio, 1 - eps, 1 + eps) * a
    log_ref_ratio = ref - lp
    if kl == "k1":
        kl_term, d_kl = lp - ref, np.ones_like(lp)
    elif kl == "k3 reversed":
        kl_term, d_kl = np.exp(lp - ref) - (lp - ref) - 1, np.exp(lp - ref) - 1
    else:
        kl_term, d_kl = np.exp(log_ref_ratio) - log_ref_ratio - 1, 1 - np.exp(log_ref_ratio)
    per_token = -np.minimum(unclipped, clipped) + beta * kl_term
    weight = mask.astype(np.float64) if use_mask else np.ones_like(lp)
    lengths = np.maximum(weight.sum(axis=1), 1.0)
    if agg == "token":
        total = max(float(weight.sum()), 1.0)
        loss = float((per_token * weight).sum() / total)
        scale = np.full((n, 1), total)
    else:
        loss = float(np.mean((per_token * weight).sum(axis=1) / lengths))
        scale = lengths[:, None] * n
    d_surrogate = np.where(clipped < unclipped, 0.0, -unclipped)
    if grad == "no clip":
        d_surrogate = -unclipped
    elif grad == "no ratio":
        d_surrogate = np.where(clipped < unclipped, 0.0, -a * np.ones_like(lp))
    d = d_surrogate + (0.0 if grad == "no kl" else beta * d_kl)
    return loss, _advantages(rewards, g) if adv is None else adv, d * weight / scale


def _mistakes(args, name):
    rewards, g = np.asarray(args["rewards"], dtype=np.float64), args["group_size"]
    index = PARTS.index(name)
    std_hint = ("advantages use the population std (ddof = 0): GRPO normalises by the sample std of the group "
                "(ddof = 1, as torch.std), plus 1e-4")
    candidates = [
        (std_hint, lambda: _advantages(rewards, g, ddof=0)),
        ("the groups are consecutive rows (rows g*G .. g*G + G - 1, rewards.reshape(-1, G)), not every G-th row",
         lambda: _advantages(rewards, g, grouping="strided")),
        ("advantages are normalised over the whole batch: GRPO normalises within each group of G completions of the same prompt",
         lambda: _advantages(rewards, g, grouping="batch")),
        ("advantages are not divided by the group's std: A = (r - mean_g) / (std_g + 1e-4)",
         lambda: _advantages(rewards, g, std=False)),
        ("the epsilon is 1e-4, added to the std: A = (r - mean_g) / (std_g + 1e-4)",
         lambda: _advantages(rewards, g, eps=1e-8)),
        ("the epsilon is 1e-4, added to the std: A = (r - mean_g) / (std_g + 1e-4)",
         lambda: _advantages(rewards, g, eps=0.0)),
    ]
    if name == "advantages":
        return candidates
    right = _advantages(rewards, g)
    out = [(hint, lambda make=make: _model(args, adv=make())[index]) for hint, make in candidates]
    out += [
        ("the KL penalty is the k3 estimator exp(ref - logp) - (ref - logp) - 1 (DeepSeekMath), not the log-ratio logp - ref",
         lambda: _model(args, adv=right, kl="k1")[index]),
        ("the KL estimator is reversed: k3 is exp(ref - logp) - (ref - logp) - 1, with ref - logp = log(pi_ref / pi_theta)",
         lambda: _model(args, adv=right, kl="k3 reversed")[index]),
        ("the loss is a mean over all tokens of the batch: average each completion over its own tokens "
         "(divide by its len_i), then average over the N completions",
         lambda: _model(args, adv=right, agg="token")[index]),
        ("padding leaked in: the mask decides which tokens are summed and each completion's length len_i",
         lambda: _model(args, adv=right, use_mask=False)[index]),
    ]
    if name == "grad":
        out += [
            ("the gradient ignores the clip: the surrogate's gradient is 0 where the clipped term is strictly the minimum",
             lambda: _model(args, adv=right, grad="no clip")[2]),
            ("the gradient is missing the ratio: d r / d log_probs = r, so the surrogate's part is -r * A",
             lambda: _model(args, adv=right, grad="no ratio")[2]),
            ("the gradient leaves out the KL term: d(beta * k3) / d log_probs = beta * (1 - exp(ref - log_probs))",
             lambda: _model(args, adv=right, grad="no kl")[2]),
        ]
    return out


def _fd_problem(args, grad):
    lp, old, ref, mask, rewards, g, eps, beta = _inputs(args)
    n = lp.shape[0]
    a = np.broadcast_to(_advantages(rewards, g)[:, None], lp.shape)
    far = np.ones(lp.shape, dtype=bool)
    for edge in (math.log(1 - eps), math.log(1 + eps)):
        far &= np.abs((lp - old) - edge) > KINK_MARGIN
    flat = np.flatnonzero(far)
    if flat.size == 0:
        return None
    flat = flat[np.unique(np.linspace(0, flat.size - 1, min(flat.size, MAX_ENTRIES)).round().astype(np.int64))]
    rows, cols = np.unravel_index(flat, lp.shape)

    def term(x):
        r = np.exp(x - old[rows, cols])
        aa = a[rows, cols]
        d = ref[rows, cols] - x
        return (-np.minimum(r * aa, np.clip(r, 1 - eps, 1 + eps) * aa) + beta * (np.exp(d) - d - 1)) * mask[rows, cols]

    step = float(np.finfo(np.float64).eps) ** (1 / 3)
    x = lp[rows, cols]
    up, down = x + step, x - step
    numeric = (term(up) - term(down)) / (up - down)
    lengths = np.maximum(mask.sum(axis=1), 1)[rows]
    scaled = np.asarray(grad, dtype=np.float64)[rows, cols] * n * lengths
    problem = compare(numeric, scaled, FD_TOLERANCE, "N * len_i * grad")
    if problem is None:
        return None
    return f"grad disagrees with centred finite differences of each token's term (checked at {flat.size} entries): {problem}"


def _has_nan(value):
    try:
        return bool(np.isnan(np.asarray(to_numpy(value), dtype=np.float64)).any())
    except (TypeError, ValueError):
        return False


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        problem = _fd_problem(args, np.asarray(to_numpy(got[2]), dtype=np.float64))
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    with np.errstate(all="ignore"):
        for name, want, have in zip(PARTS, expected, got):
            if compare(want, have, tol, name) is None:
                continue
            if args["group_size"] == 1 and _has_nan(have):
                hint = ("a group of one has no spread: take its std as 0, so its advantage is 0 "
                        "(the sample std of one value is nan)")
            else:
                hint = matching_hint(have, _mistakes(args, name), tol)
            return False, with_hint(problem, hint)
    return False, problem
