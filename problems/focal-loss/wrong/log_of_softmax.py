# expect: WA
# A stable softmax, then log(p_t): once p_t underflows to 0 (logits 2000 apart) the loss is inf.
# says: log(softmax(z)) is log(0) = -inf once p_t underflows
import numpy as np


def focal_loss(logits, labels, gamma, alpha):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    pt = p[np.arange(len(labels)), labels]
    weight = 1.0 if alpha is None else alpha[labels]
    return float(np.mean(-weight * (1 - pt) ** gamma * np.log(pt)))
