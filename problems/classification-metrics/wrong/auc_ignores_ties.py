# expect: WA
# Counts only the pairs where the positive scores strictly higher: a tied pair counts 0, not 1/2.
# says: AUC ignores ties
import numpy as np


def classification_metrics(y_true, y_pred, scores, num_classes):
    C = num_classes
    conf = np.zeros((C, C))
    np.add.at(conf, (y_true, y_pred), 1)
    tp = np.diag(conf)
    pred_count, true_count = conf.sum(axis=0), conf.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.nan_to_num(tp / pred_count)
        recall = np.nan_to_num(tp / true_count)
        f1 = np.nan_to_num(2 * precision * recall / (precision + recall))
    acc = tp.sum() / len(y_true)
    auc = np.full(C, np.nan)
    for c in range(C):
        pos, neg = scores[y_true == c, c], scores[y_true != c, c]
        if len(pos) and len(neg):
            auc[c] = np.searchsorted(np.sort(neg), pos, side="left").sum() / (len(pos) * len(neg))
    return (precision, recall, f1, np.array([precision.mean(), recall.mean(), f1.mean()]),
            np.array([acc, acc, acc]), auc)
