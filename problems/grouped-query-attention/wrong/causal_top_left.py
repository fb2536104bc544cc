# expect: WA
# Builds the causal mask with np.tril of a T_q x T_k matrix (what torch's is_causal does):
# right when T_q == T_k, but new tokens after a cache lose the cached keys they may see.
# says: the causal mask is aligned to the top left
import numpy as np


def grouped_query_attention(q, k, v, causal):
    group = q.shape[1] // k.shape[1]
    k = np.repeat(k, group, axis=1)
    v = np.repeat(v, group, axis=1)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    if causal:
        s = np.where(np.tril(np.ones((q.shape[2], k.shape[2]), dtype=bool)), s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ v
