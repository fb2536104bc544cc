# expect: WA
# Takes macro F1 as the harmonic mean of macro precision and macro recall.
# says: macro F1 is the mean of the per-class F1 scores
import numpy as np


def _safe(a, b):
    return np.divide(a, b, out=np.zeros_like(a, dtype=float), where=b != 0)


def classification_metrics(y_true, y_pred, scores, num_classes):
    C = num_classes
    tp = np.array([np.sum((y_true == c) & (y_pred == c)) for c in range(C)], dtype=float)
    npred = np.bincount(y_pred, minlength=C).astype(float)
    ntrue = np.bincount(y_true, minlength=C).astype(float)
    precision, recall = _safe(tp, npred), _safe(tp, ntrue)
    f1 = _safe(2 * precision * recall, precision + recall)
    mp, mr = precision.mean(), recall.mean()
    macro = np.array([mp, mr, 2 * mp * mr / (mp + mr) if mp + mr else 0.0])
    acc = tp.sum() / len(y_true)
    auc = np.full(C, np.nan)
    for c in range(C):
        pos = y_true == c
        if pos.all() or not pos.any():
            continue
        # Average ranks, ties sharing the mean rank.
        s = scores[:, c]
        order = np.argsort(s, kind="stable")
        ranks = np.empty(len(s))
        ranks[order] = np.arange(1, len(s) + 1)
        for v in np.unique(s):
            same = s == v
            ranks[same] = ranks[same].mean()
        n_pos, n_neg = pos.sum(), (~pos).sum()
        auc[c] = (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    return precision, recall, f1, macro, np.array([acc, acc, acc]), auc
