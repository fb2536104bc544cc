# expect: WA
# Forgets to divide the scores by sqrt(d_k): softmax(q @ k^T) is far too peaked.
# says: scale the scores by 1/sqrt(d_k)
import numpy as np


def attention(q, k, v, causal, mask):
    scores = q @ k.transpose(0, 2, 1)
    tq, tk = scores.shape[1], scores.shape[2]
    allowed = np.ones(scores.shape, dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool))
    if mask is not None:
        allowed &= mask[:, None, :]
    scores = np.where(allowed, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[~np.isfinite(top)] = 0.0
    e = np.where(allowed, np.exp(scores - top), 0.0)
    s = e.sum(axis=-1, keepdims=True)
    w = e / np.where(s > 0, s, 1.0)
    return w @ v, w
