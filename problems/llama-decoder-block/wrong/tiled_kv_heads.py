# expect: WA
# Expands the shared key/value heads with np.tile: query head h reads head h % n_kv_heads.
# says: the key/value heads were tiled
import numpy as np


def rms(z, w, eps):
    return z / np.sqrt((z * z).mean(-1, keepdims=True) + eps) * w


def rope(z, base):
    t, d = z.shape[-2], z.shape[-1]
    ang = np.arange(t)[:, None] * base ** (-np.arange(0, d, 2) / d)[None, :]
    c, s = np.cos(ang), np.sin(ang)
    z1, z2 = z[..., : d // 2], z[..., d // 2:]
    return np.concatenate([z1 * c - z2 * s, z2 * c + z1 * s], axis=-1)


def llama_decoder_block(x, attn_norm_weight, w_q, w_k, w_v, w_o, ffn_norm_weight, w_gate, w_up, w_down,
                        n_heads, n_kv_heads, rope_base, eps):
    b, t, d = x.shape
    dh = d // n_heads
    a = rms(x, attn_norm_weight, eps)
    q = rope((a @ w_q).reshape(b, t, n_heads, dh).transpose(0, 2, 1, 3), rope_base)
    k = rope((a @ w_k).reshape(b, t, n_kv_heads, dh).transpose(0, 2, 1, 3), rope_base)
    v = (a @ w_v).reshape(b, t, n_kv_heads, dh).transpose(0, 2, 1, 3)
    g = n_heads // n_kv_heads
    k, v = np.tile(k, (1, g, 1, 1)), np.tile(v, (1, g, 1, 1))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    s = np.where(np.tril(np.ones((t, t), dtype=bool)), s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    attn = (p / p.sum(-1, keepdims=True) @ v).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o
    h = x + attn
    f = rms(h, ffn_norm_weight, eps)
    g = f @ w_gate
    return h, h + (g / (1 + np.exp(-g)) * (f @ w_up)) @ w_down
