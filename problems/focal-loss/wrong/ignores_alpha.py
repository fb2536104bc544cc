# expect: WA
# Implements the focusing term but forgets the class weights alpha.
# says: alpha was not applied
import numpy as np


def focal_loss(logits, labels, gamma, alpha):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_pt = log_p[np.arange(len(labels)), labels]
    return float(np.mean(-(1 - np.exp(log_pt)) ** gamma * log_pt))
