# expect: WA
# Scales by the width of a whole group of query heads, sqrt(d * H_q / H_kv), instead of
# the head dimension d.
# says: scale by 1/sqrt(d)
import numpy as np


def grouped_query_attention(q, k, v, causal):
    group = q.shape[1] // k.shape[1]
    k = np.repeat(k, group, axis=1)
    v = np.repeat(v, group, axis=1)
    t_q, t_k = q.shape[2], k.shape[2]
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1] * group)
    if causal:
        s = np.where(np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + t_k - t_q, s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ v
