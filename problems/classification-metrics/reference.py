import numpy as np


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    # The zero-division rule: 0 / 0 counts as 0 (scikit-learn's zero_division=0).
    return np.divide(num, den, out=np.zeros(num.shape), where=den > 0)


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks, tied values sharing the mean of their ranks."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], len(values)]
    mean_rank = (starts + ends + 1) / 2.0  # ranks starts+1 .. ends, averaged
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def _auc(positive: np.ndarray, scores: np.ndarray) -> float:
    n_pos = int(positive.sum())
    n_neg = len(positive) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")  # one class absent: ROC-AUC is undefined
    # Mann-Whitney U: pairs with the positive above count 1, ties 1/2.
    u = _average_ranks(scores)[positive].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def classification_metrics(
    y_true: np.ndarray, y_pred: np.ndarray, scores: np.ndarray, num_classes: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    classes = np.arange(num_classes)
    truth = y_true[:, None] == classes  # (N, C) one-hot
    guess = y_pred[:, None] == classes
    tp = (truth & guess).sum(axis=0).astype(np.float64)
    fp = (~truth & guess).sum(axis=0).astype(np.float64)
    fn = (truth & ~guess).sum(axis=0).astype(np.float64)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)  # = 2PR / (P + R), and 0 where that is 0 / 0
    macro = np.array([precision.mean(), recall.mean(), f1.mean()])
    TP, FP, FN = tp.sum(), fp.sum(), fn.sum()
    micro_p = TP / (TP + FP)  # N > 0: every example is one prediction, so TP + FP = N
    micro_r = TP / (TP + FN)
    micro = np.array([micro_p, micro_r, 2 * TP / (2 * TP + FP + FN)])
    auc = np.array([_auc(truth[:, c], scores[:, c]) for c in classes])
    return precision, recall, f1, macro, micro, auc
