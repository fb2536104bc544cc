# expect: WA
# Scales the scores by 1/sqrt(d_model), the full width, instead of each head's d_head.
# says: scale by 1/sqrt(d_head)
import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal):
    b, t, d = x.shape
    dh = d // num_heads

    def split(a):
        return a.reshape(b, t, num_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ w_q), split(x @ w_k), split(x @ w_v)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if causal:
        s = np.where(np.tril(np.ones((t, t), dtype=bool)), s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    return (a @ v).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o
