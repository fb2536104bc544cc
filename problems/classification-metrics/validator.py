"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def _labels(values, n, c, name):
    assert isinstance(values, list) and len(values) == n, f"{name} has N entries"
    assert all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < c for v in values), f"0 <= {name}[i] < num_classes"


def validate(args):
    c = args["num_classes"]
    assert isinstance(c, int) and not isinstance(c, bool) and 1 <= c <= 10, "1 <= num_classes <= 10"
    n = len(args["y_true"])
    assert 1 <= n <= 20000, f"1 <= N <= 20000, got {n}"
    _labels(args["y_true"], n, c, "y_true")
    _labels(args["y_pred"], n, c, "y_pred")
    scores = np.asarray(args["scores"], dtype=np.float64)
    assert scores.shape == (n, c), f"scores has shape (N, num_classes) = ({n}, {c}), got {scores.shape}"
    assert np.all(np.isfinite(scores)), "finite scores"
