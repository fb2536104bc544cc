"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    X = np.asarray(args["X"], dtype=np.float64)
    assert X.ndim == 2, f"X is (N, P), got shape {X.shape}"
    n, p = X.shape
    assert 1 <= n <= 10**4 and 1 <= p <= 100 and n * p <= 2 * 10**5, f"1 <= N <= 10^4, 1 <= P <= 100, N*P <= 2*10^5, got {X.shape}"
    w = np.asarray(args["w"], dtype=np.float64)
    y = np.asarray(args["y"], dtype=np.float64)
    assert w.shape == (p,), f"w has shape (P,) = ({p},), got {w.shape}"
    assert y.shape == (n,), f"y has shape (N,) = ({n},), got {y.shape}"
    for name, value, bound in (("X", X, 10.0), ("w", w, 10.0), ("y", y, 100.0)):
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= bound), f"finite {name} with |{name}| <= {bound:g}"
    assert args["loss"] in ("mse", "mae", "huber"), "loss is mse, mae or huber"
    assert args["penalty"] in ("none", "l1", "l2", "elastic_net"), "penalty is none, l1, l2 or elastic_net"
    delta, lam, ratio = args["delta"], args["lam"], args["l1_ratio"]
    assert isinstance(delta, float) and 1e-3 <= delta <= 1e3, "delta is a float, 1e-3 <= delta <= 1e3"
    assert isinstance(lam, float) and 0 <= lam <= 10, "lam is a float, 0 <= lam <= 10"
    assert isinstance(ratio, float) and 0 <= ratio <= 1, "l1_ratio is a float, 0 <= l1_ratio <= 1"
