import numpy as np


def _rmsnorm(x, weight, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * weight


def _rope(x, base):
    """Rotate-half RoPE (Hugging Face LLaMA) at positions 0 .. T-1; x is (B, H, T, d_head)."""
    t, d = x.shape[-2], x.shape[-1]
    angles = np.outer(np.arange(t, dtype=np.float64), base ** (-np.arange(0, d, 2, dtype=np.float64) / d))
    cos, sin = np.cos(angles), np.sin(angles)
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return np.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


def _attention(a, w_q, w_k, w_v, w_o, n_heads, n_kv_heads, rope_base):
    b, t, _ = a.shape
    d_head = w_q.shape[1] // n_heads

    def heads(z, n):
        return z.reshape(b, t, n, d_head).transpose(0, 2, 1, 3)

    q = _rope(heads(a @ w_q, n_heads), rope_base)
    k = _rope(heads(a @ w_k, n_kv_heads), rope_base)
    v = heads(a @ w_v, n_kv_heads)
    group = n_heads // n_kv_heads
    k, v = np.repeat(k, group, axis=1), np.repeat(v, group, axis=1)  # repeat_kv
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((t, t), dtype=bool)), scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=-1, keepdims=True))
    out = (e / np.sum(e, axis=-1, keepdims=True)) @ v
    return out.transpose(0, 2, 1, 3).reshape(b, t, n_heads * d_head) @ w_o


def _swiglu(a, w_gate, w_up, w_down):
    gate = a @ w_gate
    silu = gate / (1.0 + np.exp(-np.clip(gate, -700.0, 700.0)))  # x * sigmoid(x), no overflow
    return (silu * (a @ w_up)) @ w_down


def llama_decoder_block(x, attn_norm_weight, w_q, w_k, w_v, w_o, ffn_norm_weight, w_gate, w_up, w_down,
                        n_heads, n_kv_heads, rope_base, eps):
    h = x + _attention(_rmsnorm(x, attn_norm_weight, eps), w_q, w_k, w_v, w_o, n_heads, n_kv_heads, rope_base)
    out = h + _swiglu(_rmsnorm(h, ffn_norm_weight, eps), w_gate, w_up, w_down)
    return h, out
