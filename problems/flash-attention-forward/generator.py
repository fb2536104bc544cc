"""Random heads with block sizes that divide T_k, that do not, of 1 and beyond T_k, causal
and not, prefill and decoding, deterministic for the seed in problem.yaml."""


def _tensor(rng, shape, scale):
    if len(shape) == 1:
        return [max(-1000.0, min(1000.0, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale) for _ in range(shape[0])]


def _case(rng, b, h, t_q, t_k, d, d_v, causal, block, scale=1.0):
    return {
        "q": _tensor(rng, (b, h, t_q, d), scale),
        "k": _tensor(rng, (b, h, t_k, d), scale),
        "v": _tensor(rng, (b, h, t_k, d_v), 1.0),
        "causal": causal,
        "block_size": block,
    }


def generate(rng):
    for b, h, t_q, t_k, d, block in (
        (2, 2, 16, 16, 8, 4),
        (1, 4, 64, 64, 16, 16),
        (2, 2, 50, 50, 16, 16),     # the last block holds 2 keys
        (1, 2, 37, 37, 8, 1),       # one key at a time
        (1, 2, 20, 20, 8, 64),      # one block holds every key
        (1, 4, 1, 100, 32, 32),     # one decoding step over 100 keys
        (1, 2, 10, 90, 16, 25),     # a chunk of 10 queries after 80 cached keys
        (1, 2, 256, 256, 64, 64),
        (2, 1, 128, 200, 32, 48),
    ):
        for causal in (True, False):
            mode = "causal" if causal else "full"
            yield {"name": f"B={b}, H={h}, T_q={t_q}, T_k={t_k}, d={d}, block {block}, {mode}",
                   "args": _case(rng, b, h, t_q, t_k, d, d, causal, block)}
    yield {"name": "B=1, H=2, T=40, d=8, d_v=3, block 6, scores in the thousands, causal",
           "args": _case(rng, 1, 2, 40, 40, 8, 3, True, 6, 30.0)}
    yield {"name": "B=1, H=1, T=32, d=4, block 5, |q|, |k| up to 1000",
           "args": _case(rng, 1, 1, 32, 32, 4, 4, False, 5, 300.0)}
