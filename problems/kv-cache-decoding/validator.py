"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim == 3, f"x is (B, T_new, d_model), got shape {x.shape}"
    b, t, d = x.shape
    assert 1 <= b <= 4 and 1 <= t <= 64 and 1 <= d <= 64, f"1 <= B <= 4, 1 <= T_new <= 64, 1 <= d_model <= 64, got {x.shape}"
    h = args["num_heads"]
    assert isinstance(h, int) and not isinstance(h, bool) and h >= 1 and d % h == 0, "num_heads >= 1 divides d_model"
    k_cache = np.asarray(args["k_cache"], dtype=np.float64)
    v_cache = np.asarray(args["v_cache"], dtype=np.float64)
    assert k_cache.ndim == 4 and k_cache.shape[:2] == (b, h) and k_cache.shape[3] == d // h, (
        f"k_cache is (B, H, L, d_head) = ({b}, {h}, L, {d // h}), got {k_cache.shape}"
    )
    assert v_cache.shape == k_cache.shape, f"v_cache has k_cache's shape, got {v_cache.shape} and {k_cache.shape}"
    cap = k_cache.shape[2]
    assert 1 <= cap <= 128, f"1 <= L <= 128, got {cap}"
    cache_len = args["cache_len"]
    assert isinstance(cache_len, int) and not isinstance(cache_len, bool), "cache_len is an int"
    assert cache_len >= 0 and cache_len + t <= cap, f"0 <= cache_len and cache_len + T_new <= L, got {cache_len} + {t} > {cap}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 100), "finite x with |x| <= 100"
    for name, a in (("k_cache", k_cache), ("v_cache", v_cache)):
        assert np.all(np.isfinite(a)) and np.all(np.abs(a) <= 1000), f"finite {name} with |{name}| <= 1000"
    for name in ("w_q", "w_k", "w_v", "w_o"):
        w = np.asarray(args[name], dtype=np.float64)
        assert w.shape == (d, d), f"{name} is (d_model, d_model), got {w.shape}"
        assert np.all(np.isfinite(w)) and np.all(np.abs(w) <= 10), f"finite {name} with |{name}| <= 10"
