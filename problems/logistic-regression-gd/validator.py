"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validate(args):
    X = np.asarray(args["X"], dtype=np.float64)
    assert X.ndim == 2, f"X is (N, D), got shape {X.shape}"
    n, d = X.shape
    assert 1 <= n <= 1000 and 1 <= d <= 50, f"1 <= N <= 1000 and 1 <= D <= 50, got {X.shape}"
    assert np.all(np.isfinite(X)) and np.all(np.abs(X) <= 1e4), "finite X with |X| <= 10^4"
    y = args["y"]
    assert isinstance(y, list) and len(y) == n, "y has N entries"
    assert all(isinstance(v, int) and not isinstance(v, bool) and v in (0, 1) for v in y), "every y[i] is 0 or 1"
    assert _number(args["lr"]) and 0 < args["lr"] <= 100, "0 < lr <= 100"
    epochs = args["epochs"]
    assert isinstance(epochs, int) and not isinstance(epochs, bool) and 1 <= epochs <= 1000, "1 <= epochs <= 1000"
    assert _number(args["l2"]) and 0 <= args["l2"] <= 10, "0 <= l2 <= 10"
