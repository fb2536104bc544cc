"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    q = np.asarray(args["q"], dtype=np.float64)
    k = np.asarray(args["k"], dtype=np.float64)
    v = np.asarray(args["v"], dtype=np.float64)
    assert q.ndim == 3 and k.ndim == 3 and v.ndim == 3, "q, k, v are 3-D: (B, Tq, d_k), (B, Tk, d_k), (B, Tk, d_v)"
    b, tq, d_k = q.shape
    assert k.shape[0] == b and v.shape[0] == b and k.shape[2] == d_k and v.shape[1] == k.shape[1], (
        f"shapes (B, Tq, d_k), (B, Tk, d_k), (B, Tk, d_v); got {q.shape}, {k.shape}, {v.shape}"
    )
    tk, d_v = k.shape[1], v.shape[2]
    assert 1 <= b <= 8 and 1 <= tq <= 128 and 1 <= tk <= 128, "1 <= B <= 8, 1 <= Tq, Tk <= 128"
    assert 1 <= d_k <= 64 and 1 <= d_v <= 64, "1 <= d_k, d_v <= 64"
    for name, a in (("q", q), ("k", k), ("v", v)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 1e3), f"{name} finite with |{name}| <= 1000"
    causal = args["causal"]
    assert isinstance(causal, bool), "causal is a bool"
    assert not causal or tq == tk, "causal needs Tq == Tk"
    mask = args["mask"]
    if mask is not None:
        m = np.asarray(mask)
        assert m.dtype == np.bool_ and m.shape == (b, tk), f"mask is bool of shape (B, Tk), got {m.dtype} {m.shape}"
