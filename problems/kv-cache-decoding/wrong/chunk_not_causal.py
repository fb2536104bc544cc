# expect: WA
# Assumes one new token per step and masks nothing: with a chunk of new tokens (a prompt),
# token i also sees the new tokens after it.
# says: the new tokens saw each other's future
import numpy as np


def kv_cache_step(x, k_cache, v_cache, cache_len, w_q, w_k, w_v, w_o, num_heads):
    b, t, d = x.shape
    dh = d // num_heads

    def split(a):
        return a.reshape(b, t, num_heads, dh).transpose(0, 2, 1, 3)

    q = split(x @ w_q)
    kc, vc = k_cache.copy(), v_cache.copy()
    n = cache_len + t
    kc[:, :, cache_len:n] = split(x @ w_k)
    vc[:, :, cache_len:n] = split(x @ w_v)
    s = q @ kc[:, :, :n].transpose(0, 1, 3, 2) / np.sqrt(dh)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    return (a @ vc[:, :, :n]).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o, kc, vc
