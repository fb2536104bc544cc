"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert 1 <= x.ndim <= 3, f"x is 1-D, 2-D or 3-D, got {x.ndim}-D"
    assert all(n >= 1 for n in x.shape), f"every dimension is at least 1, got shape {x.shape}"
    assert x.size <= 10**5, f"x.size <= 10^5, got {x.size}"
    finite = np.isfinite(x)
    assert np.all(finite | (x == -np.inf)), "entries are finite or -inf"
    assert np.all(np.abs(x[finite]) <= 1e4), "|x| <= 10^4 for finite entries"
    assert np.all(np.any(finite, axis=-1)), "every row has at least one finite entry"
