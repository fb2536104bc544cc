"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    chosen = np.asarray(args["chosen_rewards"], dtype=np.float64)
    rejected = np.asarray(args["rejected_rewards"], dtype=np.float64)
    assert chosen.ndim == 1 and 1 <= chosen.size <= 10**5, f"chosen_rewards is (N,), 1 <= N <= 10^5, got {chosen.shape}"
    assert rejected.shape == chosen.shape, f"rejected_rewards has chosen_rewards' shape {chosen.shape}, got {rejected.shape}"
    assert np.all(np.isfinite(chosen)) and np.all(np.isfinite(rejected)), "finite rewards"
    assert np.all(np.abs(chosen) <= 1e4) and np.all(np.abs(rejected) <= 1e4), "|rewards| <= 10^4"
