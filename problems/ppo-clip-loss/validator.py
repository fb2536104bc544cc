"""The stated constraints, checked on every case by `judge validate`."""

import math

import numpy as np


def validate(args):
    new = np.asarray(args["new_log_probs"], dtype=np.float64)
    old = np.asarray(args["old_log_probs"], dtype=np.float64)
    adv = np.asarray(args["advantages"], dtype=np.float64)
    assert new.ndim == 1 and 1 <= new.size <= 10**4, f"new_log_probs is (N,), 1 <= N <= 10^4, got {new.shape}"
    assert old.shape == new.shape and adv.shape == new.shape, "old_log_probs and advantages have shape (N,)"
    assert np.all(np.isfinite(new)) and np.all(np.isfinite(old)) and np.all(np.isfinite(adv)), "finite inputs"
    assert np.all(new <= 0) and np.all(old <= 0) and np.all(new >= -50) and np.all(old >= -50), "log-probs in [-50, 0]"
    assert np.all(np.abs(new - old) <= 20), "|new_log_probs - old_log_probs| <= 20"
    assert np.all(np.abs(adv) <= 100), "|advantages| <= 100"
    eps = args["epsilon"]
    assert isinstance(eps, float) and 0 < eps < 1, "0 < epsilon < 1"
    # No log-ratio sits within 1e-6 of a kink, where rounding would decide the branch.
    log_ratio = new - old
    for edge in (math.log(1 - eps), math.log(1 + eps)):
        assert np.all(np.abs(log_ratio - edge) > 1e-6), "log-ratios stay 1e-6 away from log(1 +- epsilon)"
