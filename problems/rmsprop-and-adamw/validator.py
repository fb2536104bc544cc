"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np

OPTIONS = {
    "rmsprop": {"lr", "alpha", "eps", "weight_decay", "momentum", "centered"},
    "adamw": {"lr", "beta1", "beta2", "eps", "weight_decay"},
}
STATE = {"rmsprop": ("square_avg", "momentum_buffer", "grad_avg"), "adamw": ("exp_avg", "exp_avg_sq")}


def _float(o, key, lo, hi, lo_open=False, hi_open=False):
    value = o[key]
    assert isinstance(value, float), f"{key} is a float"
    assert (value > lo if lo_open else value >= lo) and (value < hi if hi_open else value <= hi), f"{key} in its range, got {value}"


def validate(args):
    kind, o, step = args["kind"], args["options"], args["step"]
    assert kind in OPTIONS, f"kind is rmsprop or adamw, got {kind!r}"
    assert isinstance(o, dict) and set(o) == OPTIONS[kind], f"{kind} takes options {sorted(OPTIONS[kind])}, got {sorted(o)}"
    param = np.asarray(args["param"], dtype=np.float64)
    assert 1 <= param.ndim <= 2 and 1 <= param.size <= 10**5, f"param is 1-D or 2-D with 1 to 10^5 entries, got {param.shape}"
    grad = np.asarray(args["grad"], dtype=np.float64)
    assert grad.shape == param.shape, "grad has param's shape"
    assert np.all(np.isfinite(param)) and np.all(np.abs(param) <= 1e3), "finite param, |param| <= 1000"
    assert np.all(np.isfinite(grad)) and np.all(np.abs(grad) <= 1e6), "finite grad, |grad| <= 1e6"
    state = args["state"]
    assert isinstance(state, list) and len(state) == len(STATE[kind]), f"{kind}'s state is {STATE[kind]}"
    arrays = {}
    for name, value in zip(STATE[kind], state):
        array = np.asarray(value, dtype=np.float64)
        assert array.shape == param.shape, f"{name} has param's shape"
        bound = 1e12 if name in ("square_avg", "exp_avg_sq") else 1e6
        assert np.all(np.isfinite(array)) and np.all(np.abs(array) <= bound), f"finite {name}, |{name}| <= {bound:g}"
        arrays[name] = array
    assert isinstance(step, int) and not isinstance(step, bool) and 1 <= step <= 10**6, "step is an int, 1 <= step <= 10^6"
    _float(o, "lr", 0.0, 1.0, lo_open=True)
    _float(o, "eps", 1e-12, 1e-3)
    _float(o, "weight_decay", 0.0, 1.0)
    if kind == "rmsprop":
        _float(o, "alpha", 0.0, 1.0, lo_open=True, hi_open=True)
        _float(o, "momentum", 0.0, 1.0, hi_open=True)
        assert isinstance(o["centered"], bool), "centered is a bool"
        assert np.all(arrays["square_avg"] >= 0), "square_avg >= 0"
        if not o["centered"]:
            assert np.all(arrays["grad_avg"] == 0), "grad_avg is all zeros unless centered"
        else:
            assert np.all(arrays["square_avg"] >= arrays["grad_avg"] ** 2), "square_avg >= grad_avg^2 (centered)"
            # The new variance estimate stays clear of rounding: it cannot come out negative.
            g = grad + o["weight_decay"] * param
            sq = o["alpha"] * arrays["square_avg"] + (1 - o["alpha"]) * g * g
            ga = o["alpha"] * arrays["grad_avg"] + (1 - o["alpha"]) * g
            assert np.all(sq - ga * ga >= 1e-6 * sq), "square_avg' - grad_avg'^2 >= 1e-6 * square_avg' (centered)"
        if o["momentum"] == 0:
            assert np.all(arrays["momentum_buffer"] == 0), "momentum_buffer is all zeros when momentum = 0"
    else:
        _float(o, "beta1", 0.0, 1.0, hi_open=True)
        _float(o, "beta2", 0.0, 1.0, lo_open=True, hi_open=True)
        assert np.all(arrays["exp_avg_sq"] >= 0), "exp_avg_sq >= 0"
