"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim == 3, f"x is (B, T, d_model), got shape {x.shape}"
    b, t, d = x.shape
    assert 1 <= b <= 8 and 1 <= t <= 64 and 1 <= d <= 64, f"1 <= B <= 8, 1 <= T <= 64, 1 <= d_model <= 64, got {x.shape}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 100), "finite x with |x| <= 100"
    for name in ("w_q", "w_k", "w_v", "w_o"):
        w = np.asarray(args[name], dtype=np.float64)
        assert w.shape == (d, d), f"{name} is (d_model, d_model), got {w.shape}"
        assert np.all(np.isfinite(w)) and np.all(np.abs(w) <= 10), f"finite {name} with |{name}| <= 10"
    h = args["num_heads"]
    assert isinstance(h, int) and not isinstance(h, bool) and h >= 1 and d % h == 0, "num_heads >= 1 divides d_model"
    assert isinstance(args["causal"], bool), "causal is a bool"
