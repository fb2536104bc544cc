# expect: WA
# Divides without a zero-division rule: a class never predicted gets precision 0/0 = nan,
# and the nan spreads into F1 and the macro average.
# says: nan where a count is 0/0
import numpy as np


def classification_metrics(y_true, y_pred, scores, num_classes):
    classes = np.arange(num_classes)
    t = y_true[:, None] == classes
    p = y_pred[:, None] == classes
    tp = (t & p).sum(0)
    with np.errstate(all="ignore"):
        precision = tp / p.sum(0)
        recall = tp / t.sum(0)
        f1 = 2 * precision * recall / (precision + recall)
    macro = np.array([precision.mean(), recall.mean(), f1.mean()])
    acc = tp.sum() / len(y_true)
    auc = []
    for c in classes:
        pos, neg = scores[t[:, c], c], scores[~t[:, c], c]
        if len(pos) == 0 or len(neg) == 0:
            auc.append(np.nan)
            continue
        neg = np.sort(neg)
        below = np.searchsorted(neg, pos, side="left")
        wins = below.sum() + 0.5 * (np.searchsorted(neg, pos, side="right") - below).sum()
        auc.append(wins / (len(pos) * len(neg)))
    return precision, recall, f1, macro, np.array([acc] * 3), np.array(auc)
