# expect: WA
# Rounds with floor(v + 0.5): 0.5 -> 1, 2.5 -> 3, -2.5 -> -2; exact halves come out wrong.
# says: round half to even
import numpy as np


def int8_linear(x, w, per_channel):
    absmax = np.abs(w).max(axis=1) if per_channel else np.full(w.shape[0], np.abs(w).max())
    w_scale = np.where(absmax > 0, absmax / 127, 1.0)
    w_q = np.clip(np.floor(w / w_scale[:, None] + 0.5), -127, 127).astype(np.int8)
    xa = np.abs(x).max()
    x_scale = xa / 127 if xa > 0 else 1.0
    x_q = np.clip(np.floor(x / x_scale + 0.5), -127, 127).astype(np.int8)
    acc = x_q.astype(np.int32) @ w_q.astype(np.int32).T
    return w_q, w_scale, x_q, x_scale, acc, acc * x_scale * w_scale
