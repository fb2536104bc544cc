# expect: WA
# Divides by the sum of the weights, as PyTorch's cross_entropy(weight=...) does with
# reduction="mean", instead of by N.
# says: the mean divides by sum(alpha[labels])
import numpy as np


def focal_loss(logits, labels, gamma, alpha):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_pt = log_p[np.arange(len(labels)), labels]
    weight = np.ones(len(labels)) if alpha is None else alpha[labels]
    return float(np.sum(-weight * (1 - np.exp(log_pt)) ** gamma * log_pt) / np.sum(weight))
