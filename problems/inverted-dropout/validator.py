"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert 1 <= x.ndim <= 3 and x.size >= 1, f"x is 1-D, 2-D or 3-D and not empty, got shape {x.shape}"
    assert x.size <= 10**5, f"x.size <= 10^5, got {x.size}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 1e3), "finite x with |x| <= 1000"
    p = args["p"]
    assert isinstance(p, (int, float)) and not isinstance(p, bool) and 0 <= p <= 0.9, "0 <= p <= 0.9"
    assert isinstance(args["training"], bool), "training is a bool"
    seed = args["seed"]
    assert isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**32, "0 <= seed < 2^32"
