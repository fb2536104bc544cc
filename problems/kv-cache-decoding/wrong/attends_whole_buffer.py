# expect: WA
# Attends over every slot of the preallocated buffer (with a causal mask from cache_len on),
# so the stale slots after the filled part leak into the output.
# says: they hold stale values from an earlier sequence
import numpy as np


def kv_cache_step(x, k_cache, v_cache, cache_len, w_q, w_k, w_v, w_o, num_heads):
    b, t, d = x.shape
    dh = d // num_heads

    def split(a):
        return a.reshape(b, t, num_heads, dh).transpose(0, 2, 1, 3)

    q = split(x @ w_q)
    kc, vc = k_cache.copy(), v_cache.copy()
    kc[:, :, cache_len:cache_len + t] = split(x @ w_k)
    vc[:, :, cache_len:cache_len + t] = split(x @ w_v)
    s = q @ kc.transpose(0, 1, 3, 2) / np.sqrt(dh)
    cols = np.arange(kc.shape[2])[None, :]
    rows = cache_len + np.arange(t)[:, None]
    s = np.where((cols <= rows) | (cols >= cache_len + t), s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    return (a @ vc).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o, kc, vc
