"""Random q and k with both pairing layouts, several bases and offsets, and as many or fewer
key heads than query heads, deterministic for the seed in problem.yaml."""


def _tensor(rng, shape, scale):
    if len(shape) == 1:
        return [max(-100.0, min(100.0, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale) for _ in range(shape[0])]


def generate(rng):
    for b, hq, hk, t, d, offset, base in (
        (2, 4, 4, 16, 8, 0, 10000.0),
        (1, 8, 2, 64, 64, 0, 10000.0),
        (2, 4, 1, 32, 32, 100, 10000.0),
        (1, 2, 2, 128, 128, 0, 500000.0),
        (1, 4, 2, 8, 16, 4096, 10000.0),
        (1, 2, 1, 1, 64, 40000, 1000000.0),
        (3, 2, 2, 24, 6, 7, 100.0),
        (1, 1, 1, 256, 4, 65280, 10000.0),
    ):
        for interleaved in (False, True):
            layout = "interleaved" if interleaved else "rotate-half"
            yield {
                "name": f"B={b}, H_q={hq}, H_k={hk}, T={t}, d={d}, offset={offset}, base={base:g}, {layout}",
                "args": {
                    "q": _tensor(rng, (b, hq, t, d), 1.0),
                    "k": _tensor(rng, (b, hk, t, d), 1.0),
                    "offset": offset,
                    "base": base,
                    "interleaved": interleaved,
                },
            }
    yield {
        "name": "B=1, H=2, T=20, d=16, |q|, |k| up to 100, offset 300, rotate-half",
        "args": {"q": _tensor(rng, (1, 2, 20, 16), 40.0), "k": _tensor(rng, (1, 2, 20, 16), 40.0), "offset": 300,
                 "base": 10000.0, "interleaved": False},
    }
