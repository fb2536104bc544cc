# The block as einsum over explicit head axes: grouped queries folded as (H_kv, group) instead
# of repeating K and V, RoPE as a rotation matrix per position, the softmax through logaddexp.
import numpy as np


def llama_decoder_block(x, attn_norm_weight, w_q, w_k, w_v, w_o, ffn_norm_weight, w_gate, w_up, w_down,
                        n_heads, n_kv_heads, rope_base, eps):
    b, t, d = x.shape
    dh, group = d // n_heads, n_heads // n_kv_heads
    half = dh // 2

    def norm(z, w):
        return z * w / np.sqrt(np.einsum("btd,btd->bt", z, z)[..., None] / d + eps)

    # R[p]: the (d_head, d_head) rotation at position p, pairing i with i + d_head/2.
    ang = np.arange(t)[:, None] * np.exp(-np.log(rope_base) * 2 * np.arange(half) / dh)[None, :]
    rot = np.zeros((t, dh, dh))
    i = np.arange(half)
    rot[:, i, i] = rot[:, i + half, i + half] = np.cos(ang)
    rot[:, i, i + half] = -np.sin(ang)
    rot[:, i + half, i] = np.sin(ang)

    a = norm(x, attn_norm_weight)
    q = np.einsum("tij,btgcj->btgci", rot, (a @ w_q).reshape(b, t, n_kv_heads, group, dh))
    k = np.einsum("tij,btgj->btgi", rot, (a @ w_k).reshape(b, t, n_kv_heads, dh))
    v = (a @ w_v).reshape(b, t, n_kv_heads, dh)
    s = np.einsum("bsgci,btgi->bgcst", q, k) / np.sqrt(dh)
    s = np.where(np.arange(t)[None, :] <= np.arange(t)[:, None], s, -np.inf)
    p = np.exp(s - np.logaddexp.reduce(s, axis=-1, keepdims=True))
    o = np.einsum("bgcst,btgi->bsgci", p, v).reshape(b, t, d)
    h = x + o @ w_o
    f = norm(h, ffn_norm_weight)
    gate = f @ w_gate
    return h, h + (gate * np.exp(-np.logaddexp(0.0, -gate)) * (f @ w_up)) @ w_down
