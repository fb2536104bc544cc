"""Classification metrics written unlike the reference: a confusion matrix from bincount, and
the AUC as the area under a ROC curve whose tied scores form one point (a trapezoid)."""

import numpy as np


def _roc_area(positive, s):
    n_pos = int(positive.sum())
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    s, positive = s[order], positive[order]
    # The last index of each run of equal scores: one ROC point per distinct threshold.
    last = np.r_[np.flatnonzero(s[1:] != s[:-1]), s.size - 1]
    tps = np.cumsum(positive)[last]
    fps = (last + 1) - tps
    tpr = np.r_[0, tps] / n_pos
    fpr = np.r_[0, fps] / n_neg
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1])) / 2)


def classification_metrics(y_true, y_pred, scores, num_classes):
    C = num_classes
    confusion = np.bincount(y_true * C + y_pred, minlength=C * C).reshape(C, C).astype(float)
    tp = np.diag(confusion)
    predicted, actual = confusion.sum(axis=0), confusion.sum(axis=1)
    precision = np.array([tp[c] / predicted[c] if predicted[c] else 0.0 for c in range(C)])
    recall = np.array([tp[c] / actual[c] if actual[c] else 0.0 for c in range(C)])
    f1 = np.array([2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(precision, recall)])
    accuracy = tp.sum() / len(y_true)
    macro = np.array([precision.mean(), recall.mean(), f1.mean()])
    auc = np.array([_roc_area(y_true == c, scores[:, c]) for c in range(C)])
    return precision, recall, f1, macro, np.full(3, accuracy), auc
