# expect: WA
# scale = absmax / 127 with no guard: an all-zero channel divides 0 by 0.
# says: an all-zero channel (or tensor) has absmax 0
import numpy as np


def int8_linear(x, w, per_channel):
    with np.errstate(all="ignore"):
        absmax = np.abs(w).max(axis=1) if per_channel else np.full(w.shape[0], np.abs(w).max())
        w_scale = absmax / 127
        w_q = np.nan_to_num(np.rint(w / w_scale[:, None])).astype(np.int8)
        x_scale = np.abs(x).max() / 127
        x_q = np.nan_to_num(np.rint(x / x_scale)).astype(np.int8)
    acc = x_q.astype(np.int32) @ w_q.astype(np.int32).T
    return w_q, w_scale, x_q, float(x_scale), acc, acc * x_scale * w_scale
