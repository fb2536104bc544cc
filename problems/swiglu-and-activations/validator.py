"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim in (2, 3) and all(n >= 1 for n in x.shape), f"x is (N, d_model) or (B, T, d_model), got {x.shape}"
    d = x.shape[-1]
    assert d <= 64 and x.size <= 4096, f"d_model <= 64 and x.size <= 4096, got {x.shape}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 100), "finite x with |x| <= 100"
    w_gate = np.asarray(args["w_gate"], dtype=np.float64)
    assert w_gate.ndim == 2 and w_gate.shape[0] == d and 1 <= w_gate.shape[1] <= 256, (
        f"w_gate is (d_model, d_ff), d_ff <= 256, got {w_gate.shape}"
    )
    d_ff = w_gate.shape[1]
    for name, shape in (("w_gate", (d, d_ff)), ("w_up", (d, d_ff)), ("w_down", (d_ff, d))):
        w = np.asarray(args[name], dtype=np.float64)
        assert w.shape == shape, f"{name} has shape {shape}, got {w.shape}"
        assert np.all(np.isfinite(w)) and np.all(np.abs(w) <= 10), f"finite {name} with |{name}| <= 10"
    gate = x @ w_gate
    assert np.all(np.abs(gate) <= 2000), "every gate pre-activation |x @ w_gate| <= 2000"
    assert args["activation"] in ("silu", "gelu", "gelu_tanh"), "activation is silu, gelu or gelu_tanh"
    g = np.asarray(args["grad_out"], dtype=np.float64)
    assert g.shape == x.shape, f"grad_out has x's shape {x.shape}, got {g.shape}"
    assert np.all(np.isfinite(g)) and np.all(np.abs(g) <= 10), "finite grad_out with |grad_out| <= 10"
