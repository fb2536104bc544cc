# expect: WA
# Treats every model as multi-query: all query heads read key/value head 0.
# says: every query head read key/value head 0
import numpy as np


def grouped_query_attention(q, k, v, causal):
    k0, v0 = k[:, :1], v[:, :1]
    t_q, t_k = q.shape[2], k.shape[2]
    s = q @ k0.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    if causal:
        s = np.where(np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + t_k - t_q, s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ v0
