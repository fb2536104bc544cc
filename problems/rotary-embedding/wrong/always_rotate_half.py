# expect: WA
# Copies Hugging Face's rotate_half and never looks at `interleaved`: right for the
# rotate-half layout, wrong for the interleaved one.
# says: this is the rotate-half pairing
# says: interleaved=true asks for the interleaved
import numpy as np


def rotate_half(x):
    half = x.shape[-1] // 2
    return np.concatenate([-x[..., half:], x[..., :half]], axis=-1)


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    inv_freq = 1.0 / base ** (np.arange(0, d, 2) / d)
    freqs = np.outer(np.arange(offset, offset + t), inv_freq)
    emb = np.concatenate([freqs, freqs], axis=-1)
    cos, sin = np.cos(emb), np.sin(emb)
    return q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
