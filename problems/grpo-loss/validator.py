"""The stated constraints, checked on every case by `judge validate`."""

import math

import numpy as np


def validate(args):
    lp = np.asarray(args["log_probs"], dtype=np.float64)
    old = np.asarray(args["old_log_probs"], dtype=np.float64)
    ref = np.asarray(args["ref_log_probs"], dtype=np.float64)
    mask = np.asarray(args["mask"])
    rewards = np.asarray(args["rewards"], dtype=np.float64)
    assert lp.ndim == 2, f"log_probs is (N, T), got {lp.shape}"
    n, t = lp.shape
    assert 1 <= n <= 1024 and 1 <= t <= 1024 and n * t <= 2 * 10**5, f"1 <= N, T <= 1024, N * T <= 2 * 10^5, got {lp.shape}"
    assert old.shape == lp.shape and ref.shape == lp.shape and mask.shape == lp.shape, "old_log_probs, ref_log_probs, mask are (N, T)"
    assert mask.dtype == bool or np.all((mask == 0) | (mask == 1)), "mask holds booleans"
    assert rewards.shape == (n,), f"rewards is (N,), got {rewards.shape}"
    for name, a in (("log_probs", lp), ("old_log_probs", old), ("ref_log_probs", ref)):
        assert np.all(np.isfinite(a)) and np.all(a <= 0) and np.all(a >= -50), f"{name} in [-50, 0]"
    assert np.all(np.abs(lp - old) <= 20) and np.all(np.abs(lp - ref) <= 20), "|log_probs - old| <= 20 and |log_probs - ref| <= 20"
    assert np.all(np.isfinite(rewards)) and np.all(np.abs(rewards) <= 100), "|rewards| <= 100"
    g = args["group_size"]
    assert isinstance(g, int) and not isinstance(g, bool) and 1 <= g <= 64 and n % g == 0, "1 <= group_size <= 64 divides N"
    eps, beta = args["epsilon"], args["beta"]
    assert isinstance(eps, float) and 0 < eps < 1, "0 < epsilon < 1"
    assert isinstance(beta, float) and 0 <= beta <= 10, "0 <= beta <= 10"
    # No unmasked log-ratio sits within 1e-6 of a kink, where rounding would decide the branch.
    log_ratio = (lp - old)[mask.astype(bool)]
    for edge in (math.log(1 - eps), math.log(1 + eps)):
        assert np.all(np.abs(log_ratio - edge) > 1e-6), "unmasked log-ratios stay 1e-6 away from log(1 +- epsilon)"
