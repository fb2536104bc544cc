# expect: WA
# Masks with -1e9 instead of -inf: no nan, but a fully masked row becomes a uniform average
# over the padded keys instead of zeros.
# says: turns a fully masked row into a uniform average
import numpy as np


def attention(q, k, v, causal, mask):
    d_k = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_k)
    if causal:
        t = scores.shape[-1]
        scores = np.where(np.tril(np.ones((t, t), dtype=bool)), scores, -1e9)
    if mask is not None:
        scores = np.where(mask[:, None, :], scores, -1e9)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
