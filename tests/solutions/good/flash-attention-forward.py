# The tiled algorithm itself: query blocks of 16 as well as key blocks, a running max that
# starts at -inf, and rescaling written with np.where so an all-masked block is harmless.
import numpy as np


def flash_attention_forward(q, k, v, causal, block_size):
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    out = np.empty(q.shape[:-1] + (v.shape[-1],))
    lse = np.empty(q.shape[:-1])
    for qs in range(0, t_q, 16):
        qb = q[..., qs:qs + 16, :] / np.sqrt(d)
        pos = np.arange(qs, qs + qb.shape[-2]) + (t_k - t_q)
        m = np.full(qb.shape[:-1], -np.inf)
        row_sum = np.zeros(qb.shape[:-1])
        acc = np.zeros(qb.shape[:-1] + (v.shape[-1],))
        for ks in range(0, t_k, block_size):
            kb, vb = k[..., ks:ks + block_size, :], v[..., ks:ks + block_size, :]
            s = np.einsum("...id,...jd->...ij", qb, kb)
            if causal:
                s = np.where(np.arange(ks, ks + kb.shape[-2])[None, :] <= pos[:, None], s, -np.inf)
            m_new = np.maximum(m, s.max(axis=-1))
            safe = np.where(np.isneginf(m_new), 0.0, m_new)
            p = np.exp(s - safe[..., None])
            alpha = np.where(np.isneginf(m), 0.0, np.exp(m - safe))
            row_sum = alpha * row_sum + p.sum(axis=-1)
            acc = alpha[..., None] * acc + p @ vb
            m = m_new
        out[..., qs:qs + 16, :] = acc / row_sum[..., None]
        lse[..., qs:qs + 16] = m + np.log(row_sum)
    return out, lse
