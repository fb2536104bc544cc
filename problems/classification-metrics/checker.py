"""The six members against the reference, then a hint when the first member that is off is
what a known mistake produces: 0/0 as nan, precision and recall swapped, macro and micro
swapped or averaged over the wrong classes, macro-F1 from the macro P and R, an arithmetic
mean for F1, and an AUC that ignores ties, counts them whole, breaks them by sort order, or
does not say nan when a class is absent."""

import numpy as np

from judge.ml import compare, first_off_member, tolerance, whole_or_part_hint, with_hint
from judge.values import decode

PARTS = ["precision", "recall", "f1", "macro", "micro", "auc"]
ZERO = "a 0/0 (a class never predicted, or never present) counts as 0, as scikit-learn's zero_division=0"


def _counts(y_true, y_pred, c):
    classes = np.arange(c)
    truth, guess = y_true[:, None] == classes, y_pred[:, None] == classes
    tp = (truth & guess).sum(axis=0).astype(float)
    return tp, (~truth & guess).sum(axis=0).astype(float), (truth & ~guess).sum(axis=0).astype(float), truth


def _ratio(num, den, nan_on_zero=False):
    with np.errstate(all="ignore"):
        return num / den if nan_on_zero else np.divide(num, den, out=np.zeros(np.shape(num)), where=den > 0)


def _pairs_auc(positive, scores, tie=0.5, absent=np.nan):
    pos, neg = scores[positive], scores[~positive]
    if len(pos) == 0 or len(neg) == 0:
        return absent
    ordered = np.sort(neg)
    below = np.searchsorted(ordered, pos, side="left")
    equal = np.searchsorted(ordered, pos, side="right") - below
    return float((below.sum() + tie * equal.sum()) / (len(pos) * len(neg)))


def _sort_order_auc(positive, scores, descending_stable=True):
    """A ROC curve stepped one example at a time, ties in the order a sort left them."""
    if positive.all() or not positive.any():
        return np.nan
    order = np.argsort(-scores, kind="stable") if descending_stable else np.argsort(scores, kind="stable")[::-1]
    hits = positive[order]
    tpr = np.r_[0.0, np.cumsum(hits) / hits.sum()]
    fpr = np.r_[0.0, np.cumsum(~hits) / (~hits).sum()]
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))


def _answer(y_true, y_pred, scores, c, *, nan_on_zero=False, swap_pr=False, f1_mean=False, macro_over=None,
            macro_f1_from_pr=False, weighted=False, swap_averages=False, auc=None):
    tp, fp, fn, truth = _counts(y_true, y_pred, c)
    precision, recall = _ratio(tp, tp + fp, nan_on_zero), _ratio(tp, tp + fn, nan_on_zero)
    if swap_pr:
        precision, recall = recall, precision
    if f1_mean:
        f1 = (precision + recall) / 2
    elif nan_on_zero:
        f1 = _ratio(2 * precision * recall, precision + recall, True)
    else:
        f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    keep = np.ones(c, dtype=bool)
    if macro_over == "present":
        keep = np.isin(np.arange(c), np.concatenate([y_true, y_pred]))
    elif macro_over == "true":
        keep = np.isin(np.arange(c), y_true)
    weights = (tp + fn)[keep] if weighted else np.ones(int(keep.sum()))
    macro = np.array([np.average(m[keep], weights=weights) for m in (precision, recall, f1)])
    if macro_f1_from_pr:
        macro[2] = _ratio(2 * macro[0] * macro[1], macro[0] + macro[1])
    T, F, M = tp.sum(), fp.sum(), fn.sum()
    micro = np.array([T / (T + F), T / (T + M), 2 * T / (2 * T + F + M)])
    if swap_averages:
        macro, micro = micro, macro
    method = auc or (lambda positive, s: _pairs_auc(positive, s))
    aucs = np.array([method(truth[:, k], scores[:, k]) for k in range(c)], dtype=float)
    return [precision, recall, f1, macro, micro, aucs]


def _mistakes(y_true, y_pred, scores, c):
    a = (y_true, y_pred, scores, c)
    ties = ("tied scores count 1/2: AUC = (#pairs with the positive above + 1/2 #tied pairs) / (#pos * #neg), the "
            "Mann-Whitney statistic")
    return [
        (f"nan where a count is 0/0: {ZERO}", lambda: _answer(*a, nan_on_zero=True)),
        ("precision and recall are swapped: precision is TP / (TP + FP) (of the examples predicted c, the share that "
         "are c), recall is TP / (TP + FN) (of the examples that are c, the share predicted c)",
         lambda: _answer(*a, swap_pr=True)),
        ("F1 is the harmonic mean 2PR / (P + R), not the arithmetic mean (P + R) / 2", lambda: _answer(*a, f1_mean=True)),
        ("macro and micro are swapped: macro is the unweighted mean of the per-class values; micro pools TP, FP, FN "
         "over the classes first (for single-label data every micro value is the accuracy)",
         lambda: _answer(*a, swap_averages=True)),
        ("the macro average is over all num_classes classes, including one absent from both y_true and y_pred "
         "(its precision, recall and F1 count 0); yours skips such classes",
         lambda: _answer(*a, macro_over="present")),
        ("the macro average is over all num_classes classes; yours is over the classes present in y_true",
         lambda: _answer(*a, macro_over="true")),
        ("macro F1 is the mean of the per-class F1 scores, not the harmonic mean of macro precision and macro recall",
         lambda: _answer(*a, macro_f1_from_pr=True)),
        ("that is the support-weighted average (scikit-learn's average='weighted'); macro weights every class equally",
         lambda: _answer(*a, weighted=True)),
        (f"AUC ignores ties: {ties}", lambda: _answer(*a, auc=lambda p, s: _pairs_auc(p, s, tie=0.0))),
        # Before ties-as-wins: a sort that left the tied positives first gives the same numbers.
        (f"AUC depends on the order a sort left tied scores in (one ROC step per example): group tied scores into one "
         f"ROC point (a diagonal segment), or {ties[0].lower()}{ties[1:]}",
         lambda: _answer(*a, auc=_sort_order_auc)),
        (f"AUC depends on the order a sort left tied scores in (one ROC step per example): group tied scores into one "
         f"ROC point (a diagonal segment), or {ties[0].lower()}{ties[1:]}",
         lambda: _answer(*a, auc=lambda p, s: _sort_order_auc(p, s, descending_stable=False))),
        (f"AUC counts a tie as a win for the positive: {ties}", lambda: _answer(*a, auc=lambda p, s: _pairs_auc(p, s, tie=1.0))),
        ("AUC is undefined when class c is absent from y_true or is every example: return nan for it, not 0.5",
         lambda: _answer(*a, auc=lambda p, s: _pairs_auc(p, s, absent=0.5))),
        ("AUC is undefined when class c is absent from y_true or is every example: return nan for it, not 0",
         lambda: _answer(*a, auc=lambda p, s: _pairs_auc(p, s, absent=0.0))),
        ("AUC ranks by the scores column of the class, scores[:, c], not by the hard predictions y_pred",
         lambda: _answer(y_true, y_pred, (y_pred[:, None] == np.arange(c)).astype(float), c)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    index = first_off_member(expected, got, tol, PARTS)
    if index is None:
        return False, problem
    y_true = np.asarray(args["y_true"], dtype=np.int64)
    y_pred = np.asarray(args["y_pred"], dtype=np.int64)
    scores = np.asarray(args["scores"], dtype=np.float64).reshape(len(y_true), args["num_classes"])
    mistakes = _mistakes(y_true, y_pred, scores, args["num_classes"])
    return False, with_hint(problem, whole_or_part_hint(got, mistakes, [tol] * len(PARTS), PARTS, index))
