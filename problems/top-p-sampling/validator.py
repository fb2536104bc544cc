"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    logits = np.asarray(args["logits"], dtype=np.float64)
    assert logits.ndim == 1 and 1 <= logits.size <= 1000, f"logits is (V,), 1 <= V <= 1000, got {logits.shape}"
    assert np.all(np.isfinite(logits)) and np.all(np.abs(logits) <= 1000), "finite logits with |z| <= 1000"
    t, p = args["temperature"], args["p"]
    assert isinstance(t, float) and 1e-3 <= t <= 100, "1e-3 <= temperature <= 100"
    assert isinstance(p, float) and 0 < p <= 1, "0 < p <= 1"
    seed, n = args["seed"], args["num_samples"]
    assert isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**32, "0 <= seed < 2^32"
    assert isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 10**5, "1 <= num_samples <= 10^5"
    if p < 1:
        z = logits / t
        probs = np.exp(z - z.max())
        probs /= probs.sum()
        cumulative = np.cumsum(np.sort(probs)[::-1])
        assert np.all(np.abs(cumulative - p) > 1e-9), "p is more than 1e-9 from every cumulative probability"
