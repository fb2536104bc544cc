# expect: WA
# theta_i = base^(-i/d) with i = 0 .. d/2 - 1: the exponent lost its factor 2, so the
# frequencies fall off too slowly.
# says: theta_i = base^(-2i/d)
import numpy as np


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    inv_freq = 1.0 / base ** (np.arange(d // 2) / d)
    angles = np.outer(offset + np.arange(t), inv_freq)
    cos, sin = np.cos(angles), np.sin(angles)

    def turn(x):
        a, b = (x[..., 0::2], x[..., 1::2]) if interleaved else (x[..., : d // 2], x[..., d // 2:])
        ra, rb = a * cos - b * sin, b * cos + a * sin
        if interleaved:
            return np.stack([ra, rb], axis=-1).reshape(x.shape)
        return np.concatenate([ra, rb], axis=-1)

    return turn(q), turn(k)
