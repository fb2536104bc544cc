# expect: WA
# Mixes up the two averages: "macro" pools the counts, "micro" averages the per-class values.
# says: macro and micro are swapped
import numpy as np


def classification_metrics(y_true, y_pred, scores, num_classes):
    P, R, F = [], [], []
    aucs = []
    for c in range(num_classes):
        tp = np.sum((y_true == c) & (y_pred == c))
        fp = np.sum((y_true != c) & (y_pred == c))
        fn = np.sum((y_true == c) & (y_pred != c))
        P.append(tp / (tp + fp) if tp + fp else 0.0)
        R.append(tp / (tp + fn) if tp + fn else 0.0)
        F.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
        pos, neg = scores[y_true == c, c], scores[y_true != c, c]
        if len(pos) == 0 or len(neg) == 0:
            aucs.append(np.nan)
        else:
            s = np.sort(neg)
            lo, hi = np.searchsorted(s, pos, "left"), np.searchsorted(s, pos, "right")
            aucs.append((lo.sum() + 0.5 * (hi - lo).sum()) / (len(pos) * len(neg)))
    acc = float(np.mean(y_true == y_pred))
    micro = np.array([np.mean(P), np.mean(R), np.mean(F)])
    macro = np.array([acc, acc, acc])
    return np.array(P), np.array(R), np.array(F), macro, micro, np.array(aucs)
