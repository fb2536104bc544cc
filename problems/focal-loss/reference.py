import numpy as np


def focal_loss(logits: np.ndarray, labels: np.ndarray, gamma: float, alpha: np.ndarray | None) -> float:
    n = logits.shape[0]
    rows = np.arange(n)
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    # log p_t straight from log-softmax: log(softmax) is -inf once p_t underflows.
    log_pt = (shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True)))[rows, labels]
    # 1 - p_t as -expm1(log p_t): no cancellation when p_t is close to 1.
    modulating = (-np.expm1(log_pt)) ** gamma
    weight = np.ones(n) if alpha is None else alpha[labels]
    return float(np.mean(-weight * modulating * log_pt))
