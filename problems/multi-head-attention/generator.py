"""Random layers with several head counts, with and without the causal mask, deterministic
for the seed in problem.yaml."""

import math


def _matrix(rng, rows, cols, scale):
    return [[max(-100.0, min(100.0, rng.gauss(0.0, scale))) for _ in range(cols)] for _ in range(rows)]


def _case(rng, b, t, d, h, causal, x_scale=1.0):
    w = 1 / math.sqrt(d)
    return {
        "x": [_matrix(rng, t, d, x_scale) for _ in range(b)],
        "w_q": _matrix(rng, d, d, w),
        "w_k": _matrix(rng, d, d, w),
        "w_v": _matrix(rng, d, d, w),
        "w_o": _matrix(rng, d, d, w),
        "num_heads": h,
        "causal": causal,
    }


def generate(rng):
    for b, t, d, h in ((2, 8, 16, 4), (4, 32, 32, 8), (2, 64, 64, 8), (3, 16, 24, 3), (2, 10, 8, 8)):
        for causal in (False, True):
            mode = "causal" if causal else "full"
            yield {"name": f"B={b}, T={t}, d_model={d}, heads={h}, {mode}", "args": _case(rng, b, t, d, h, causal)}
    yield {"name": "B=2, T=12, d_model=8, heads=2, large activations (near one-hot attention)", "args": _case(rng, 2, 12, 8, 2, True, 30.0)}
