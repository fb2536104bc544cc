import numpy as np


def grouped_query_attention(q, k, v, causal):
    _, h_q, t_q, d = q.shape
    h_kv, t_k = k.shape[1], k.shape[2]
    group = h_q // h_kv
    # repeat_kv: query head h reads key/value head h // group.
    k = np.repeat(k, group, axis=1)
    v = np.repeat(v, group, axis=1)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        # Aligned to the bottom right: query i is the token at position t_k - t_q + i.
        allowed = np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + (t_k - t_q)
        scores = np.where(allowed, scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=-1, keepdims=True))
    return (e / np.sum(e, axis=-1, keepdims=True)) @ v
