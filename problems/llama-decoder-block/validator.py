"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim == 3, f"x is (B, T, d_model), got {x.shape}"
    b, t, d = x.shape
    assert 1 <= b <= 2 and 1 <= t <= 32 and 2 <= d <= 64, f"1 <= B <= 2, 1 <= T <= 32, 2 <= d_model <= 64, got {x.shape}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 100), "finite x with |x| <= 100"
    h, h_kv = args["n_heads"], args["n_kv_heads"]
    for name, n in (("n_heads", h), ("n_kv_heads", h_kv)):
        assert isinstance(n, int) and not isinstance(n, bool) and n >= 1, f"{name} is an int >= 1"
    assert d % h == 0 and h % h_kv == 0, "n_heads divides d_model and n_kv_heads divides n_heads"
    d_head = d // h
    assert d_head % 2 == 0, f"d_head = d_model / n_heads is even, got {d_head}"
    w_gate = np.asarray(args["w_gate"], dtype=np.float64)
    assert w_gate.ndim == 2 and 1 <= w_gate.shape[1] <= 256, f"w_gate is (d_model, d_ff), 1 <= d_ff <= 256, got {w_gate.shape}"
    d_ff = w_gate.shape[1]
    shapes = {
        "attn_norm_weight": (d,), "ffn_norm_weight": (d,),
        "w_q": (d, h * d_head), "w_k": (d, h_kv * d_head), "w_v": (d, h_kv * d_head), "w_o": (h * d_head, d),
        "w_gate": (d, d_ff), "w_up": (d, d_ff), "w_down": (d_ff, d),
    }
    for name, shape in shapes.items():
        w = np.asarray(args[name], dtype=np.float64)
        assert w.shape == shape, f"{name} has shape {shape}, got {w.shape}"
        assert np.all(np.isfinite(w)) and np.all(np.abs(w) <= 10), f"finite {name} with |{name}| <= 10"
    base, eps = args["rope_base"], args["eps"]
    assert isinstance(base, float) and 2.0 <= base <= 1e7, "rope_base is a float, 2 <= rope_base <= 10^7"
    assert isinstance(eps, float) and 1e-8 <= eps <= 1e-2, "eps is a float, 1e-8 <= eps <= 1e-2"
