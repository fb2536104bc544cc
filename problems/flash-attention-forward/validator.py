"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    q = np.asarray(args["q"], dtype=np.float64)
    k = np.asarray(args["k"], dtype=np.float64)
    v = np.asarray(args["v"], dtype=np.float64)
    assert q.ndim == 4 and k.ndim == 4 and v.ndim == 4, "q, k, v are 4-D: (B, H, T_q, d), (B, H, T_k, d), (B, H, T_k, d_v)"
    b, h, t_q, d = q.shape
    t_k, d_v = k.shape[2], v.shape[3]
    assert k.shape == (b, h, t_k, d) and v.shape[:3] == (b, h, t_k), (
        f"shapes (B, H, T_q, d), (B, H, T_k, d), (B, H, T_k, d_v); got {q.shape}, {k.shape}, {v.shape}"
    )
    assert 1 <= b <= 4 and 1 <= h <= 8 and 1 <= t_q <= 256 and 1 <= t_k <= 256, "1 <= B <= 4, 1 <= H <= 8, 1 <= T_q, T_k <= 256"
    assert 1 <= d <= 64 and 1 <= d_v <= 64, "1 <= d, d_v <= 64"
    assert q.size + k.size + v.size <= 3 * 10**5, "q.size + k.size + v.size <= 3 * 10^5"
    for name, a in (("q", q), ("k", k), ("v", v)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 1000), f"{name} is finite with |{name}| <= 1000"
    causal = args["causal"]
    assert isinstance(causal, bool), "causal is a bool"
    assert not causal or t_q <= t_k, "causal needs T_q <= T_k"
    block = args["block_size"]
    assert isinstance(block, int) and not isinstance(block, bool) and 1 <= block <= 256, "block_size is an int, 1 <= block_size <= 256"
