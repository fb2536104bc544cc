# expect: WA
# Uses the observer convention of the asymmetric int8 range [-128, 127]: scale = absmax / 127.5.
# says: this symmetric scheme maps absmax to 127
import numpy as np


def int8_linear(x, w, per_channel):
    absmax = np.abs(w).max(axis=1) if per_channel else np.full(w.shape[0], np.abs(w).max())
    w_scale = np.where(absmax > 0, absmax / 127.5, 1.0)
    w_q = np.clip(np.rint(w / w_scale[:, None]), -128, 127).astype(np.int8)
    xa = np.abs(x).max()
    x_scale = xa / 127.5 if xa > 0 else 1.0
    x_q = np.clip(np.rint(x / x_scale), -128, 127).astype(np.int8)
    acc = x_q.astype(np.int32) @ w_q.astype(np.int32).T
    return w_q, w_scale, x_q, x_scale, acc, acc * x_scale * w_scale
