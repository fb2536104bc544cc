# expect: WA
# Multiplies the int8 tensors directly: numpy keeps int8 and the sums wrap around.
# says: accumulate the int8 x int8 products in int32
import numpy as np


def int8_linear(x, w, per_channel):
    absmax = np.abs(w).max(axis=1) if per_channel else np.full(w.shape[0], np.abs(w).max())
    w_scale = np.where(absmax > 0, absmax / 127, 1.0)
    w_q = np.rint(w / w_scale[:, None]).astype(np.int8)
    xa = np.abs(x).max()
    x_scale = xa / 127 if xa > 0 else 1.0
    x_q = np.rint(x / x_scale).astype(np.int8)
    acc = x_q @ w_q.T
    return w_q, w_scale, x_q, x_scale, acc, acc * x_scale * w_scale
