# Token by token and head by head, the way a decoding loop runs: each new token is written
# into the cache, then attends over the filled slots with a log-sum-exp softmax.
import numpy as np


def kv_cache_step(x, k_cache, v_cache, cache_len, w_q, w_k, w_v, w_o, num_heads):
    b, t, d = x.shape
    dh = d // num_heads
    kc, vc = np.array(k_cache), np.array(v_cache)
    merged = np.zeros((b, t, d))
    for i in range(t):
        p = cache_len + i
        q = (x[:, i] @ w_q).reshape(b, num_heads, dh)
        kc[:, :, p] = (x[:, i] @ w_k).reshape(b, num_heads, dh)
        vc[:, :, p] = (x[:, i] @ w_v).reshape(b, num_heads, dh)
        scores = np.einsum("bhd,bhjd->bhj", q, kc[:, :, : p + 1]) / np.sqrt(dh)
        weights = np.exp(scores - np.logaddexp.reduce(scores, axis=-1, keepdims=True))
        merged[:, i] = np.einsum("bhj,bhjd->bhd", weights, vc[:, :, : p + 1]).reshape(b, d)
    return merged @ w_o, kc, vc
