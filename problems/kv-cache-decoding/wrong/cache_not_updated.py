# expect: WA
# Attends correctly over the cache and the new tokens, but returns the caches it was given:
# the next step will not find this step's keys and values.
# says: the returned caches do not hold the new keys and values
import numpy as np


def kv_cache_step(x, k_cache, v_cache, cache_len, w_q, w_k, w_v, w_o, num_heads):
    b, t, d = x.shape
    dh = d // num_heads

    def split(a):
        return a.reshape(b, t, num_heads, dh).transpose(0, 2, 1, 3)

    q = split(x @ w_q)
    keys = np.concatenate([k_cache[:, :, :cache_len], split(x @ w_k)], axis=2)
    values = np.concatenate([v_cache[:, :, :cache_len], split(x @ w_v)], axis=2)
    s = q @ keys.transpose(0, 1, 3, 2) / np.sqrt(dh)
    mask = np.arange(cache_len + t)[None, :] <= cache_len + np.arange(t)[:, None]
    s = np.where(mask, s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    return (a @ values).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o, k_cache, v_cache
