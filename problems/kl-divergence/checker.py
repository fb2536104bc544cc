"""(kl, cross_entropy, entropy) against the reference, member by member, then a hint naming
the mistake the failing member looks like (arguments swapped, 0 * log 0 = nan, an epsilon
that hides an infinite KL, log base 2, a sign, the wrong axis)."""

import numpy as np

from judge.ml import compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["kl", "cross_entropy", "entropy"]


def _terms(p, q):
    """(kl, cross_entropy, entropy) per row with the statement's conventions."""
    support = p > 0
    log_p = np.log(np.where(support, p, 1.0))
    log_q = np.where(support, np.log(q), 0.0)
    return np.sum(p * (log_p - log_q), axis=-1), -np.sum(p * log_q, axis=-1), -np.sum(p * log_p, axis=-1)


def _mistakes(p, q):
    kl, ce, ent = _terms(p, q)
    swapped = _terms(q, p)
    swap = "the arguments are swapped: KL(p || q) = sum p * log(p / q) weights each term by p, not by q"
    nan = ("terms with p = 0 gave 0 * log 0 = nan: they contribute exactly 0 (the limit of p log p), "
           "so leave them out, e.g. np.where(p > 0, ..., 0)")
    bits = "the values are in bits (log base 2): use the natural log, np.log"
    wrong_axis = "sum over the last axis (the C outcomes of each row), giving one value per row"
    per_row = "return one value per row, shape (N,), not the mean or sum over the batch"
    return {
        "kl": [
            (swap, lambda: swapped[0]),
            (swap + " (and 0 * log 0 gave nan)", lambda: np.sum(q * np.log(q / p), axis=-1)),
            (nan, lambda: np.sum(p * np.log(p / q), axis=-1)),
            (nan, lambda: np.sum(p * (np.log(p) - np.log(q)), axis=-1)),
            (bits, lambda: kl / np.log(2)),
            ("the sign is wrong: KL(p || q) = sum p * log(p / q) >= 0", lambda: -kl),
            ("kl = cross_entropy - entropy, not cross_entropy + entropy", lambda: ce + ent),
            (per_row, lambda: np.mean(kl)),
            (per_row, lambda: np.sum(kl)),
            (wrong_axis, lambda: np.sum(np.where(p > 0, p * (np.log(np.where(p > 0, p, 1)) - np.log(q)), 0), axis=0)),
        ],
        "cross_entropy": [
            ("cross_entropy is H(p, q) = -sum p * log q; this is H(q, p) = -sum q * log p: the arguments are swapped",
             lambda: swapped[1]),
            (nan, lambda: -np.sum(p * np.log(q), axis=-1)),
            (bits, lambda: ce / np.log(2)),
            ("the sign is wrong: H(p, q) = -sum p * log q >= 0", lambda: -ce),
            (per_row, lambda: np.mean(ce)),
        ],
        "entropy": [
            ("entropy is H(p) = -sum p * log p, of the first distribution; this is H(q)", lambda: swapped[2]),
            (nan, lambda: -np.sum(p * np.log(p), axis=-1)),
            (bits, lambda: ent / np.log(2)),
            ("the sign is wrong: H(p) = -sum p * log p >= 0", lambda: -ent),
            (per_row, lambda: np.mean(ent)),
        ],
    }


def _hidden_infinity(want, have):
    """The hint when an expected +inf came back finite (an epsilon in the log, a clip)."""
    want = np.asarray(to_numpy(want), dtype=np.float64)
    try:
        have = np.asarray(to_numpy(have), dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if have.shape != want.shape or not (np.isinf(want) & np.isfinite(have)).any():
        return None
    return ("where q = 0 but p > 0 the divergence is +inf: an epsilon added inside the log (or a clip of q) "
            "turns it into a large finite number and shifts every other value; return inf there")


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    # `judge validate` hands the reference's answers to the examples over still encoded
    # ({"$float": "inf"}); decoding twice is harmless.
    expected, got = decode(expected), decode(got)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    p = np.asarray(args["p"], dtype=np.float64)
    q = np.asarray(args["q"], dtype=np.float64)
    with np.errstate(all="ignore"):
        mistakes = _mistakes(p, q)
    for name, want, have in zip(PARTS, expected, got):
        if compare(want, have, tol, name) is None:
            continue
        hint = _hidden_infinity(want, have) if name != "entropy" else None
        return False, with_hint(problem, hint or matching_hint(have, mistakes[name], tol))
    return False, problem
