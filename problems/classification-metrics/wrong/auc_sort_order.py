# expect: WA
# Builds the ROC curve one example at a time after sorting by score: tied scores are
# stepped through in whatever order the sort left them, instead of as one diagonal segment.
# says: AUC depends on the order a sort left tied scores in
import numpy as np


def _roc_auc(is_pos, s):
    order = np.argsort(-s, kind="stable")
    hit = is_pos[order]
    tpr = np.concatenate([[0.0], np.cumsum(hit) / hit.sum()])
    fpr = np.concatenate([[0.0], np.cumsum(~hit) / (~hit).sum()])
    return np.trapz(tpr, fpr) if hasattr(np, "trapz") else np.trapezoid(tpr, fpr)


def classification_metrics(y_true, y_pred, scores, num_classes):
    precision, recall, f1, auc = [], [], [], []
    for c in range(num_classes):
        tp = np.sum((y_pred == c) & (y_true == c))
        n_pred, n_true = np.sum(y_pred == c), np.sum(y_true == c)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_true if n_true else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r) if p + r else 0.0)
        is_pos = y_true == c
        auc.append(_roc_auc(is_pos, scores[:, c]) if 0 < is_pos.sum() < len(y_true) else np.nan)
    acc = np.mean(y_true == y_pred)
    precision, recall, f1 = np.array(precision), np.array(recall), np.array(f1)
    return (precision, recall, f1, np.array([precision.mean(), recall.mean(), f1.mean()]),
            np.array([acc, acc, acc]), np.array(auc))
