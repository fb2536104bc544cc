"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    q = np.asarray(args["q"], dtype=np.float64)
    k = np.asarray(args["k"], dtype=np.float64)
    assert q.ndim == 4 and k.ndim == 4, f"q and k are 4-D (B, H, T, d), got {q.shape} and {k.shape}"
    b, hq, t, d = q.shape
    assert k.shape[0] == b and k.shape[2:] == (t, d), f"k is (B, H_k, T, d) with q's B, T, d; got {q.shape} and {k.shape}"
    hk = k.shape[1]
    assert 1 <= b <= 4 and 1 <= hq <= 16 and 1 <= hk <= 16 and 1 <= t <= 256, "1 <= B <= 4, 1 <= H_q, H_k <= 16, 1 <= T <= 256"
    assert 2 <= d <= 128 and d % 2 == 0, f"d is even, 2 <= d <= 128, got {d}"
    assert q.size + k.size <= 2 * 10**5, "q.size + k.size <= 2 * 10^5"
    for name, a in (("q", q), ("k", k)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 100), f"{name} is finite with |{name}| <= 100"
    offset = args["offset"]
    assert isinstance(offset, int) and not isinstance(offset, bool), "offset is an int"
    assert offset >= 0 and offset + t <= 65536, "0 <= offset and offset + T <= 65536"
    base = args["base"]
    assert isinstance(base, float) and 2.0 <= base <= 1e7, "base is a float, 2 <= base <= 10^7"
    assert isinstance(args["interleaved"], bool), "interleaved is a bool"
