# expect: WA
# A stable softmax, then log(p): once p underflows to 0 (logits 2000 apart) the loss is inf.
# says: loss is inf; expected a finite value
# says: compute log-softmax directly
import numpy as np


def cross_entropy(logits, labels):
    n = logits.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(p[np.arange(n), labels]))
    grad = p.copy()
    grad[np.arange(n), labels] -= 1
    return loss, grad / n
