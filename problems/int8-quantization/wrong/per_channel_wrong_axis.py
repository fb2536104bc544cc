# expect: WA
# Takes the per-channel absmax down the columns (axis=0, per input feature) instead of along
# each output channel's row.
# says: the per-channel scales were taken over the wrong axis
import numpy as np


def int8_linear(x, w, per_channel):
    if per_channel:
        w_scale = np.abs(w).max(axis=0) / 127
        w_scale = np.where(w_scale > 0, w_scale, 1.0)
        w_q = np.rint(w / w_scale[None, :]).astype(np.int8)
    else:
        s = np.abs(w).max() / 127 or 1.0
        w_scale = np.full(w.shape[0], s)
        w_q = np.rint(w / s).astype(np.int8)
    xa = np.abs(x).max()
    x_scale = xa / 127 if xa > 0 else 1.0
    x_q = np.rint(x / x_scale).astype(np.int8)
    acc = x_q.astype(np.int32) @ w_q.astype(np.int32).T
    return w_q, w_scale, x_q, x_scale, acc, acc * x_scale
