import numpy as np


def _scale(absmax: np.ndarray) -> np.ndarray:
    # Symmetric absmax: the largest magnitude maps to 127; an all-zero channel gets scale 1.
    return np.where(absmax > 0, absmax / 127.0, 1.0)


def _quantize(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    # np.rint rounds half to even (2.5 -> 2, -0.5 -> -0), as torch.round does.
    return np.clip(np.rint(values / scale), -127, 127).astype(np.int8)


def int8_linear(
    x: np.ndarray, w: np.ndarray, per_channel: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, np.ndarray, np.ndarray]:
    m = w.shape[0]
    # per channel: one scale per output channel (row of w); per tensor: one, repeated M times
    w_absmax = np.max(np.abs(w), axis=1) if per_channel else np.full(m, np.max(np.abs(w)))
    w_scale = _scale(w_absmax)
    w_q = _quantize(w, w_scale[:, None])
    x_scale = float(_scale(np.max(np.abs(x))))  # activations: one dynamic scale per tensor
    x_q = _quantize(x, x_scale)
    # int8 x int8 products reach 127^2 and their sums 127^2 * K: accumulate in int32.
    acc = x_q.astype(np.int32) @ w_q.astype(np.int32).T
    y = acc * x_scale * w_scale[None, :]
    return w_q, w_scale, x_q, x_scale, acc, y
