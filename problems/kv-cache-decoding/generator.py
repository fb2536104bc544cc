"""Random layers and caches: a prompt into an empty cache (prefill), one decoding step,
chunks of new tokens after a partly filled cache, a cache filled to its last slot; the slots
past the filled part hold stale values. Deterministic for the seed in problem.yaml."""

import math


def _tensor(rng, shape, scale, limit):
    if len(shape) == 1:
        return [max(-limit, min(limit, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale, limit) for _ in range(shape[0])]


def _case(rng, b, t, d, h, cap, cache_len, x_scale=1.0):
    w = 1 / math.sqrt(d)
    dh = d // h

    def cache():
        # filled slots look like keys of a real sequence; stale ones are leftovers, larger
        filled = _tensor(rng, (b, h, cache_len, dh), 1.0, 1000.0)
        stale = _tensor(rng, (b, h, cap - cache_len, dh), 5.0, 1000.0)
        return [[filled[i][j] + stale[i][j] for j in range(h)] for i in range(b)]

    return {
        "x": _tensor(rng, (b, t, d), x_scale, 100.0),
        "k_cache": cache(),
        "v_cache": cache(),
        "cache_len": cache_len,
        "w_q": _tensor(rng, (d, d), w, 10.0),
        "w_k": _tensor(rng, (d, d), w, 10.0),
        "w_v": _tensor(rng, (d, d), w, 10.0),
        "w_o": _tensor(rng, (d, d), w, 10.0),
        "num_heads": h,
    }


def generate(rng):
    for b, t, d, h, cap, cache_len, what in (
        (2, 8, 16, 4, 16, 0, "prefill into an empty cache"),
        (2, 1, 16, 4, 16, 8, "one decoding step"),
        (1, 1, 32, 8, 64, 40, "one decoding step"),
        (3, 4, 24, 3, 32, 10, "a chunk of 4 new tokens"),
        (1, 16, 64, 8, 128, 100, "a chunk of 16 new tokens"),
        (2, 1, 8, 2, 33, 32, "the step that fills the last slot"),
        (1, 32, 32, 4, 64, 0, "prefill of 32 into a cache of 64"),
        (4, 1, 16, 1, 20, 19, "one head, the last slot"),
    ):
        yield {"name": f"B={b}, T_new={t}, d_model={d}, heads={h}, L={cap}, cache_len={cache_len}: {what}",
               "args": _case(rng, b, t, d, h, cap, cache_len)}
    yield {"name": "B=1, T_new=3, d_model=8, heads=2, L=12, cache_len=6, large activations",
           "args": _case(rng, 1, 3, 8, 2, 12, 6, 30.0)}
