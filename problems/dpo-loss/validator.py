"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np

NAMES = ("policy_chosen_logps", "policy_rejected_logps", "ref_chosen_logps", "ref_rejected_logps")


def validate(args):
    arrays = [np.asarray(args[name], dtype=np.float64) for name in NAMES]
    first = arrays[0]
    assert first.ndim == 1 and 1 <= first.size <= 10**5, f"policy_chosen_logps is (N,), 1 <= N <= 10^5, got {first.shape}"
    for name, a in zip(NAMES, arrays):
        assert a.shape == first.shape, f"{name} has shape (N,) = {first.shape}, got {a.shape}"
        assert np.all(np.isfinite(a)), f"{name} is finite"
        assert np.all(a <= 0) and np.all(a >= -1e4), f"{name} lies in [-10^4, 0]"
    beta = args["beta"]
    assert isinstance(beta, float) and 1e-3 <= beta <= 10, "1e-3 <= beta <= 10"
