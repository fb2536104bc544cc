# expect: WA
# Modulates by p_t^gamma instead of (1 - p_t)^gamma: up-weights the easy examples.
# says: the modulating factor is (1 - p_t)^gamma
import numpy as np


def focal_loss(logits, labels, gamma, alpha):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_pt = log_p[np.arange(len(labels)), labels]
    weight = 1.0 if alpha is None else alpha[labels]
    return float(np.mean(-weight * np.exp(log_pt) ** gamma * log_pt))
