# expect: WA
# Splits the heads with a bare reshape to (B, h, T, d_head) (and merges back the same way),
# so each "head" sees pieces of different tokens.
# says: split with reshape(B, T, h, d_head).transpose(0, 2, 1, 3)
import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal):
    b, t, d = x.shape
    dh = d // num_heads
    q = (x @ w_q).reshape(b, num_heads, t, dh)
    k = (x @ w_k).reshape(b, num_heads, t, dh)
    v = (x @ w_v).reshape(b, num_heads, t, dh)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    if causal:
        s = np.where(np.tril(np.ones((t, t), dtype=bool)), s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    return (a @ v).reshape(b, t, d) @ w_o
