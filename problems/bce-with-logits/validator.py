"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    z = np.asarray(args["z"], dtype=np.float64)
    y = np.asarray(args["y"], dtype=np.float64)
    assert z.ndim in (1, 2) and z.size >= 1, f"z is 1-D or 2-D and not empty, got shape {z.shape}"
    assert z.size <= 10**5, f"z.size <= 10^5, got {z.size}"
    assert y.shape == z.shape, f"y has z's shape {z.shape}, got {y.shape}"
    assert np.all(np.isfinite(z)) and np.all(np.abs(z) <= 1e4), "finite z with |z| <= 10^4"
    assert np.all((y >= 0) & (y <= 1)), "0 <= y <= 1"
