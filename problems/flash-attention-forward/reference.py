import numpy as np


def flash_attention_forward(q, k, v, causal, block_size):
    # The reference is plain attention in float64: the blocked computation must equal it.
    # block_size changes how a solution walks over the keys, never the answer.
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        allowed = np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + (t_k - t_q)
        scores = np.where(allowed, scores, -np.inf)
    row_max = np.max(scores, axis=-1, keepdims=True)
    e = np.exp(scores - row_max)
    total = np.sum(e, axis=-1, keepdims=True)
    out = (e @ v) / total
    lse = (row_max + np.log(total))[..., 0]
    return out, lse
