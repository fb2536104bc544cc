# expect: WA
# Starts the running max at 0 (it avoids exp(-inf - -inf) on the first block): exact until
# every score of a row is far below 0, where exp(s - 0) underflows and the row is 0/0.
# says: the running max started at 0 instead of -inf
import numpy as np


def flash_attention_forward(q, k, v, causal, block_size):
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    m = np.zeros(q.shape[:-1])
    row_sum = np.zeros(q.shape[:-1])
    acc = np.zeros((*q.shape[:-1], v.shape[-1]))
    pos = np.arange(t_q)[:, None] + t_k - t_q
    for start in range(0, t_k, block_size):
        s = q @ np.swapaxes(k[..., start:start + block_size, :], -1, -2) / np.sqrt(d)
        if causal:
            s = np.where(start + np.arange(s.shape[-1])[None, :] <= pos, s, -np.inf)
        m_new = np.maximum(m, s.max(axis=-1))
        p = np.exp(s - m_new[..., None])
        alpha = np.exp(m - m_new)
        row_sum = alpha * row_sum + p.sum(axis=-1)
        acc = alpha[..., None] * acc + p @ v[..., start:start + block_size, :]
        m = m_new
    with np.errstate(invalid="ignore", divide="ignore"):
        return acc / row_sum[..., None], m + np.log(row_sum)
