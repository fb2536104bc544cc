"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim == 2, f"x is (N, D), got shape {x.shape}"
    n, d = x.shape
    w1 = np.asarray(args["W1"], dtype=np.float64)
    assert w1.ndim == 2 and w1.shape[0] == d, f"W1 is (D, H) = ({d}, H), got {w1.shape}"
    h = w1.shape[1]
    w2 = np.asarray(args["W2"], dtype=np.float64)
    assert w2.ndim == 2 and w2.shape[0] == h, f"W2 is (H, C) = ({h}, C), got {w2.shape}"
    c = w2.shape[1]
    assert 1 <= n <= 128 and 1 <= d <= 64 and 1 <= h <= 64 and 1 <= c <= 20, f"N, D, H, C within limits, got {n, d, h, c}"
    assert np.asarray(args["b1"], dtype=np.float64).shape == (h,), "b1 is (H,)"
    assert np.asarray(args["b2"], dtype=np.float64).shape == (c,), "b2 is (C,)"
    for name in ("x", "W1", "b1", "W2", "b2"):
        value = np.asarray(args[name], dtype=np.float64)
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 1e3), f"finite {name} with |{name}| <= 1000"
    labels = args["labels"]
    assert isinstance(labels, list) and len(labels) == n, "labels has N entries"
    assert all(isinstance(y, int) and not isinstance(y, bool) and 0 <= y < c for y in labels), "0 <= labels[i] < C"
    a = x @ w1 + np.asarray(args["b1"], dtype=np.float64)
    z = np.maximum(a, 0) @ w2 + np.asarray(args["b2"], dtype=np.float64)
    assert np.all(np.abs(z) <= 1e4), "every logit |z| <= 10^4"
    assert np.all(np.abs(a) >= 1e-3), "no pre-activation within 1e-3 of ReLU's kink at 0"
