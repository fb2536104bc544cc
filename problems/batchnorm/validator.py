"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim == 2, f"x is (N, D), got shape {x.shape}"
    n, d = x.shape
    assert 1 <= n <= 512 and 1 <= d <= 256, f"1 <= N <= 512, 1 <= D <= 256, got {x.shape}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 1e4), "finite x with |x| <= 10^4"
    for name in ("gamma", "beta", "running_mean", "running_var"):
        value = np.asarray(args[name], dtype=np.float64)
        assert value.shape == (d,), f"{name} has shape (D,) = ({d},), got {value.shape}"
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 1e4), f"{name} is finite, |{name}| <= 10^4"
    assert np.all(np.asarray(args["running_var"]) > 0), "running_var > 0"
    assert isinstance(args["training"], bool), "training is a bool"
    assert not args["training"] or n >= 2, "N >= 2 in training mode (the unbiased variance needs two examples)"
    assert isinstance(args["momentum"], float) and 0 < args["momentum"] <= 1, "0 < momentum <= 1"
    assert isinstance(args["eps"], float) and 1e-8 <= args["eps"] <= 1e-1, "1e-8 <= eps <= 0.1"
