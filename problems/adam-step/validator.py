"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    param = np.asarray(args["param"], dtype=np.float64)
    assert 1 <= param.ndim <= 2 and 1 <= param.size <= 10**5, f"param is 1-D or 2-D with 1 to 10^5 entries, got {param.shape}"
    assert np.all(np.isfinite(param)) and np.all(np.abs(param) <= 1e3), "finite param with |param| <= 1000"
    for name, bound in (("grad", 1e150), ("m", 1e150), ("v", 1e300)):
        value = np.asarray(args[name], dtype=np.float64)
        assert value.shape == param.shape, f"{name} has param's shape {param.shape}, got {value.shape}"
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= bound), f"finite {name} with |{name}| <= {bound:g}"
    assert np.all(np.asarray(args["v"], dtype=np.float64) >= 0), "v >= 0"
    t = args["t"]
    assert isinstance(t, int) and not isinstance(t, bool) and 1 <= t <= 10**6, "t is an int, 1 <= t <= 10^6"
    assert isinstance(args["lr"], float) and 0 < args["lr"] <= 1, "0 < lr <= 1"
    assert isinstance(args["beta1"], float) and 0 <= args["beta1"] < 1, "0 <= beta1 < 1"
    assert isinstance(args["beta2"], float) and 0 < args["beta2"] < 1, "0 < beta2 < 1"
    assert isinstance(args["eps"], float) and 1e-12 <= args["eps"] <= 1e-3, "1e-12 <= eps <= 1e-3"
    assert isinstance(args["weight_decay"], float) and 0 <= args["weight_decay"] <= 1, "0 <= weight_decay <= 1"
