"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    param = np.asarray(args["param"], dtype=np.float64)
    assert 1 <= param.ndim <= 2 and 1 <= param.size <= 10**5, f"param is 1-D or 2-D with 1 to 10^5 entries, got {param.shape}"
    for name in ("param", "grad", "velocity"):
        value = np.asarray(args[name], dtype=np.float64)
        assert value.shape == param.shape, f"{name} has param's shape {param.shape}, got {value.shape}"
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 1e6), f"finite {name} with |{name}| <= 10^6"
    assert isinstance(args["lr"], float) and 0 < args["lr"] <= 1, "0 < lr <= 1"
    assert isinstance(args["momentum"], float) and 0 <= args["momentum"] < 1, "0 <= momentum < 1"
    assert isinstance(args["weight_decay"], float) and 0 <= args["weight_decay"] <= 1, "0 <= weight_decay <= 1"
    assert isinstance(args["nesterov"], bool), "nesterov is a bool"
    assert not args["nesterov"] or args["momentum"] > 0, "nesterov needs momentum > 0"
