# expect: WA
# The usual masked_fill(-inf) then a stable softmax: right until a query has no key to attend
# to, where the row is all -inf and softmax gives 0/0 = nan.
# says: a fully masked row came out as nan
# says: zero weights and a zero output
import numpy as np


def attention(q, k, v, causal, mask):
    d_k = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_k)
    if causal:
        t = scores.shape[-1]
        scores = np.where(np.tril(np.ones((t, t), dtype=bool)), scores, -np.inf)
    if mask is not None:
        scores = np.where(mask[:, None, :], scores, -np.inf)
    with np.errstate(invalid="ignore"):
        e = np.exp(scores - scores.max(axis=-1, keepdims=True))
        w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
