# expect: WA
# Builds the causal mask once, for the first block, and reuses it for every block: the key's
# index inside its block is compared with the query's position.
# says: the causal mask compared the key's index inside its block
import numpy as np


def flash_attention_forward(q, k, v, causal, block_size):
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    mask = np.arange(block_size)[None, :] <= np.arange(t_q)[:, None] + t_k - t_q
    m = np.full(q.shape[:-1], -np.inf)
    row_sum = np.zeros(q.shape[:-1])
    acc = np.zeros((*q.shape[:-1], v.shape[-1]))
    for start in range(0, t_k, block_size):
        s = q @ np.swapaxes(k[..., start:start + block_size, :], -1, -2) / np.sqrt(d)
        if causal:
            s = np.where(mask[:, : s.shape[-1]], s, -np.inf)
        m_new = np.maximum(m, s.max(axis=-1))
        p = np.exp(s - m_new[..., None])
        alpha = np.exp(m - m_new)
        row_sum = alpha * row_sum + p.sum(axis=-1)
        acc = alpha[..., None] * acc + p @ v[..., start:start + block_size, :]
        m = m_new
    return acc / row_sum[..., None], m + np.log(row_sum)
