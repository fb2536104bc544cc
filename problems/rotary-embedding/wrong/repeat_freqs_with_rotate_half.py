# expect: WA
# Builds cos/sin the interleaved way (each angle repeated twice, as for pairs (2i, 2i + 1))
# and then pairs features with rotate_half: the mix-up of converting Meta's LLaMA weights.
# says: the cos/sin were laid out for the other layout
import numpy as np


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    inv_freq = base ** (-np.arange(0, d, 2) / d)
    angles = np.repeat(np.outer(offset + np.arange(t), inv_freq), 2, axis=-1)  # (T, d)
    cos, sin = np.cos(angles), np.sin(angles)

    def turn(x):
        if interleaved:
            partner = np.stack([-x[..., 1::2], x[..., 0::2]], axis=-1).reshape(x.shape)
        else:
            partner = np.concatenate([-x[..., d // 2:], x[..., : d // 2]], axis=-1)
        return x * cos + partner * sin

    return turn(q), turn(k)
