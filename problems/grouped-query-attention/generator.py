"""Random GQA, MQA and MHA layouts, prefill (T_q = T_k) and decoding (T_q < T_k), with and
without the causal mask, deterministic for the seed in problem.yaml."""


def _tensor(rng, shape, scale):
    if len(shape) == 1:
        return [max(-1000.0, min(1000.0, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale) for _ in range(shape[0])]


def _case(rng, b, h_q, h_kv, t_q, t_k, d, d_v, causal, scale=1.0):
    return {
        "q": _tensor(rng, (b, h_q, t_q, d), scale),
        "k": _tensor(rng, (b, h_kv, t_k, d), scale),
        "v": _tensor(rng, (b, h_kv, t_k, d_v), 1.0),
        "causal": causal,
    }


def generate(rng):
    for b, h_q, h_kv, t_q, t_k, d in (
        (2, 8, 2, 16, 16, 8),     # GQA, 4 query heads per group
        (1, 8, 8, 32, 32, 16),    # MHA: as many key/value heads as query heads
        (2, 6, 1, 24, 24, 16),    # MQA: one key/value head
        (1, 16, 4, 64, 64, 32),
        (2, 8, 2, 1, 48, 16),     # one decoding step over a cache of 47
        (1, 4, 2, 8, 100, 32),    # a chunk of 8 new tokens after 92 cached ones
        (1, 12, 3, 128, 128, 8),
    ):
        for causal in (True, False):
            mode = "causal" if causal else "full"
            yield {"name": f"B={b}, H_q={h_q}, H_kv={h_kv}, T_q={t_q}, T_k={t_k}, d={d}, {mode}",
                   "args": _case(rng, b, h_q, h_kv, t_q, t_k, d, d, causal)}
    yield {"name": "B=1, H_q=4, H_kv=2, T_q=T_k=20, d=8, d_v=3, scores in the thousands, causal",
           "args": _case(rng, 1, 4, 2, 20, 20, 8, 3, True, 30.0)}
    yield {"name": "B=1, H_q=6, H_kv=3, T_q=5, T_k=30, d=4, |q|, |k| up to 1000, causal",
           "args": _case(rng, 1, 6, 3, 5, 30, 4, 4, True, 300.0)}
