# expect: WA
# Writes rotate_half as concat(x2, -x1): every pair turns by -angle. Attention scores still
# depend only on n - m, but with the sign flipped, so the model's weights no longer fit.
# says: the rotation runs backwards
import numpy as np


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    angles = np.outer(offset + np.arange(t), base ** (-np.arange(0, d, 2) / d))
    if interleaved:
        cos, sin = np.repeat(np.cos(angles), 2, axis=-1), np.repeat(np.sin(angles), 2, axis=-1)
    else:
        cos, sin = np.tile(np.cos(angles), 2), np.tile(np.sin(angles), 2)

    def partner(x):
        if interleaved:
            return np.stack([x[..., 1::2], -x[..., 0::2]], axis=-1).reshape(x.shape)
        return np.concatenate([x[..., d // 2:], -x[..., : d // 2]], axis=-1)

    return q * cos + partner(q) * sin, k * cos + partner(k) * sin
