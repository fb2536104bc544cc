# Meta's LLaMA way: each feature pair as one complex number, turned by multiplying with
# exp(i * angle); the rotate-half layout is first permuted into the interleaved one and back.
import numpy as np


def apply_rope(q, k, offset, base, interleaved):
    t, d = q.shape[-2], q.shape[-1]
    freqs = np.exp(-np.log(base) * np.arange(d // 2) * 2.0 / d)
    turn = np.exp(1j * (offset + np.arange(t))[:, None] * freqs[None, :])  # (T, d/2)
    order = np.arange(d) if interleaved else np.stack([np.arange(d // 2), np.arange(d // 2) + d // 2], axis=-1).ravel()
    back = np.argsort(order)

    def rotate(x):
        pairs = x[..., order].reshape(*x.shape[:-1], d // 2, 2)
        z = (pairs[..., 0] + 1j * pairs[..., 1]) * turn
        return np.stack([z.real, z.imag], axis=-1).reshape(x.shape)[..., back]

    return rotate(q), rotate(k)
