# expect: WA
# Numbers the tokens 0 .. T-1 whatever the offset: right for a whole prompt, wrong for a
# decoding step after cached tokens.
# says: the position offset was ignored
import numpy as np


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    angles = np.arange(t)[:, None] * base ** (-np.arange(0, d, 2) / d)[None, :]
    cos, sin = np.cos(angles), np.sin(angles)

    def turn(x):
        a, b = (x[..., 0::2], x[..., 1::2]) if interleaved else (x[..., : d // 2], x[..., d // 2:])
        ra, rb = a * cos - b * sin, b * cos + a * sin
        if interleaved:
            return np.stack([ra, rb], axis=-1).reshape(x.shape)
        return np.concatenate([ra, rb], axis=-1)

    return turn(q), turn(k)
