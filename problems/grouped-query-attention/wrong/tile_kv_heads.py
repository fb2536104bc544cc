# expect: WA
# Expands the key/value heads with np.tile: query head h reads head h % H_kv instead of
# h // group, so queries are matched with the wrong group's keys.
# says: the key/value heads were tiled
# says: as repeat_kv (np.repeat on the head axis) does
import numpy as np


def grouped_query_attention(q, k, v, causal):
    group = q.shape[1] // k.shape[1]
    k = np.tile(k, (1, group, 1, 1))
    v = np.tile(v, (1, group, 1, 1))
    t_q, t_k = q.shape[2], k.shape[2]
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    if causal:
        s = np.where(np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + t_k - t_q, s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ v
