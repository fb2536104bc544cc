"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    logits = np.asarray(args["logits"], dtype=np.float64)
    labels = args["labels"]
    assert logits.ndim == 2, f"logits is (N, C), got shape {logits.shape}"
    n, c = logits.shape
    assert 1 <= n <= 256 and 1 <= c <= 1000, f"1 <= N <= 256 and 1 <= C <= 1000, got {logits.shape}"
    assert np.all(np.isfinite(logits)) and np.all(np.abs(logits) <= 1e4), "finite logits with |z| <= 10^4"
    assert isinstance(labels, list) and len(labels) == n, "labels has N entries"
    assert all(isinstance(y, int) and not isinstance(y, bool) and 0 <= y < c for y in labels), "0 <= labels[i] < C"
    gamma = args["gamma"]
    assert isinstance(gamma, (int, float)) and not isinstance(gamma, bool) and 0 <= gamma <= 5, "0 <= gamma <= 5"
    if args["alpha"] is not None:
        alpha = np.asarray(args["alpha"], dtype=np.float64)
        assert alpha.shape == (c,), f"alpha has shape (C,) = ({c},), got {alpha.shape}"
        assert np.all((alpha >= 0) & (alpha <= 1)), "0 <= alpha <= 1"
