"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    q = np.asarray(args["q"], dtype=np.float64)
    k = np.asarray(args["k"], dtype=np.float64)
    v = np.asarray(args["v"], dtype=np.float64)
    assert q.ndim == 4 and k.ndim == 4 and v.ndim == 4, "q, k, v are 4-D: (B, H_q, T_q, d), (B, H_kv, T_k, d), (B, H_kv, T_k, d_v)"
    b, h_q, t_q, d = q.shape
    h_kv, t_k = k.shape[1], k.shape[2]
    assert k.shape[0] == b and k.shape[3] == d, f"k is (B, H_kv, T_k, d) with q's B and d; got {q.shape} and {k.shape}"
    assert v.shape[:3] == k.shape[:3], f"v is (B, H_kv, T_k, d_v) with k's B, H_kv, T_k; got {k.shape} and {v.shape}"
    d_v = v.shape[3]
    assert 1 <= b <= 4 and 1 <= t_q <= 128 and 1 <= t_k <= 128 and 1 <= d <= 64 and 1 <= d_v <= 64, (
        "1 <= B <= 4, 1 <= T_q, T_k <= 128, 1 <= d, d_v <= 64"
    )
    assert 1 <= h_kv <= h_q <= 16 and h_q % h_kv == 0, f"1 <= H_kv <= H_q <= 16 and H_kv divides H_q, got {h_q}, {h_kv}"
    assert q.size + k.size + v.size <= 3 * 10**5, "q.size + k.size + v.size <= 3 * 10^5"
    for name, a in (("q", q), ("k", k), ("v", v)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 1000), f"{name} is finite with |{name}| <= 1000"
    causal = args["causal"]
    assert isinstance(causal, bool), "causal is a bool"
    assert not causal or t_q <= t_k, "causal needs T_q <= T_k"
