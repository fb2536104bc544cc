"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    p = np.asarray(args["p"], dtype=np.float64)
    q = np.asarray(args["q"], dtype=np.float64)
    assert p.ndim == 2, f"p is (N, C), got shape {p.shape}"
    assert q.shape == p.shape, f"q has p's shape {p.shape}, got {q.shape}"
    n, c = p.shape
    assert 1 <= n <= 512 and 1 <= c <= 1000 and p.size <= 10**5, f"1 <= N <= 512, 1 <= C <= 1000, N*C <= 10^5, got {p.shape}"
    for name, d in (("p", p), ("q", q)):
        assert np.all(np.isfinite(d)), f"{name} is finite"
        assert np.all((d == 0) | ((d >= 1e-300) & (d <= 1))), f"every entry of {name} is 0 or in [1e-300, 1]"
        assert np.all(np.abs(d.sum(axis=-1) - 1) <= 1e-9), f"every row of {name} sums to 1 within 1e-9"
