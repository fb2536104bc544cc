import numpy as np


def _rotate(x, cos, sin, interleaved):
    if interleaved:  # pairs (2i, 2i + 1): GPT-J, RoFormer, Meta's LLaMA (complex numbers)
        x1, x2 = x[..., 0::2], x[..., 1::2]
        out = np.empty_like(x)
        out[..., 0::2] = x1 * cos - x2 * sin
        out[..., 1::2] = x2 * cos + x1 * sin
        return out
    half = x.shape[-1] // 2  # pairs (i, i + d/2): rotate_half of GPT-NeoX and Hugging Face LLaMA
    x1, x2 = x[..., :half], x[..., half:]
    return np.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    inv_freq = 1.0 / base ** (np.arange(0, d, 2, dtype=np.float64) / d)  # theta_i = base^(-2i/d)
    positions = offset + np.arange(t, dtype=np.float64)
    angles = np.outer(positions, inv_freq)  # (T, d/2)
    cos, sin = np.cos(angles), np.sin(angles)
    return _rotate(q, cos, sin, interleaved), _rotate(k, cos, sin, interleaved)
