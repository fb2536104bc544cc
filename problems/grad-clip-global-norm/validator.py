"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    grads, max_norm = args["grads"], args["max_norm"]
    assert isinstance(grads, list) and 1 <= len(grads) <= 20, "grads is a list of 1 to 20 arrays"
    total = 0
    for k, g in enumerate(grads):
        array = np.asarray(g, dtype=np.float64)
        assert 1 <= array.ndim <= 3 and array.size >= 1, f"grads[{k}] has 1 to 3 dimensions and an entry, got shape {array.shape}"
        assert np.all(np.isfinite(array)) and np.all(np.abs(array) <= 1e300), f"grads[{k}] is finite with |values| <= 1e300"
        total += array.size
    assert total <= 10**5, "at most 10^5 entries in all"
    assert isinstance(max_norm, float) and 1e-3 <= max_norm <= 1e6, "1e-3 <= max_norm <= 10^6"
