import numpy as np


def kv_cache_step(x, k_cache, v_cache, cache_len, w_q, w_k, w_v, w_o, num_heads):
    b, t, d_model = x.shape
    d_head = d_model // num_heads

    def heads(a):  # (B, T, d_model) -> (B, H, T, d_head)
        return a.reshape(b, t, num_heads, d_head).transpose(0, 2, 1, 3)

    # Only the new tokens are projected; the past keys and values come from the cache.
    q, k_new, v_new = heads(x @ w_q), heads(x @ w_k), heads(x @ w_v)
    k_cache, v_cache = k_cache.copy(), v_cache.copy()
    k_cache[:, :, cache_len:cache_len + t] = k_new
    v_cache[:, :, cache_len:cache_len + t] = v_new
    n = cache_len + t
    keys, values = k_cache[:, :, :n], v_cache[:, :, :n]  # slots from n on are stale: never read
    scores = q @ np.swapaxes(keys, -1, -2) / np.sqrt(d_head)
    allowed = np.arange(n)[None, :] <= cache_len + np.arange(t)[:, None]  # new token i is at position cache_len + i
    scores = np.where(allowed, scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=-1, keepdims=True))
    weights = e / np.sum(e, axis=-1, keepdims=True)
    merged = (weights @ values).transpose(0, 2, 1, 3).reshape(b, t, d_model)
    return merged @ w_o, k_cache, v_cache
