"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    w = np.asarray(args["w"], dtype=np.float64)
    assert x.ndim == 2 and w.ndim == 2, f"x is (B, K) and w is (M, K), got {x.shape} and {w.shape}"
    (b, k), (m, k2) = x.shape, w.shape
    assert k == k2, f"x and w share K, got {k} and {k2}"
    assert 1 <= b <= 256 and 1 <= m <= 512 and 1 <= k <= 4096, "1 <= B <= 256, 1 <= M <= 512, 1 <= K <= 4096"
    assert x.size <= 10**5 and w.size <= 2 * 10**5 and b * m <= 10**5, "x.size <= 10^5, w.size <= 2 * 10^5, B * M <= 10^5"
    for name, a in (("x", x), ("w", w)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 1e4), f"{name} is finite with |values| <= 10^4"
        nonzero = np.abs(a[a != 0])
        assert np.all(nonzero >= 1e-200), f"every non-zero |{name}| is at least 1e-200"
    assert isinstance(args["per_channel"], bool), "per_channel is a bool"
