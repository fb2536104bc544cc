"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert 1 <= x.ndim <= 3 and all(n >= 1 for n in x.shape), f"x is 1-D to 3-D with no empty axis, got {x.shape}"
    assert x.size <= 10**5 and x.shape[-1] <= 1024, f"x.size <= 10^5 and D <= 1024, got {x.shape}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 1e4), "finite x with |x| <= 10^4"
    d = x.shape[-1]
    for name in ("gamma",):
        value = np.asarray(args[name], dtype=np.float64)
        assert value.shape == (d,), f"{name} has shape (D,) = ({d},), got {value.shape}"
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 10), f"{name} is finite, |{name}| <= 10"
    eps = args["eps"]
    assert isinstance(eps, float) and 1e-6 <= eps <= 0.1, "1e-6 <= eps <= 0.1"
