# expect: WA
# Rescales the running sum when the max grows but forgets the accumulated output: blocks
# seen before a larger score keep too much weight.
# says: the accumulated output was not rescaled when the running max grew
import numpy as np


def flash_attention_forward(q, k, v, causal, block_size):
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    m = np.full(q.shape[:-1], -np.inf)
    row_sum = np.zeros(q.shape[:-1])
    acc = np.zeros((*q.shape[:-1], v.shape[-1]))
    pos = np.arange(t_q)[:, None] + t_k - t_q
    for start in range(0, t_k, block_size):
        s = q @ np.swapaxes(k[..., start:start + block_size, :], -1, -2) / np.sqrt(d)
        if causal:
            s = np.where(start + np.arange(s.shape[-1])[None, :] <= pos, s, -np.inf)
        m_new = np.maximum(m, s.max(axis=-1))
        p = np.exp(s - m_new[..., None])
        row_sum = np.exp(m - m_new) * row_sum + p.sum(axis=-1)
        acc = acc + p @ v[..., start:start + block_size, :]
        m = m_new
    return acc / row_sum[..., None], m + np.log(row_sum)
