"""Random batches with and without the causal mask and padding, at several scales,
deterministic for the seed in problem.yaml."""


def _tensor(rng, shape, scale):
    if len(shape) == 1:
        return [rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale) for _ in range(shape[0])]


def _padding(rng, b, t, left=False):
    rows = []
    for _ in range(b):
        real = rng.randint(0, t)  # 0 real tokens: a fully masked row
        row = [i >= t - real for i in range(t)] if left else [i < real for i in range(t)]
        rows.append(row)
    return rows


def _case(rng, b, tq, tk, d_k, d_v, scale, causal, mask):
    return {
        "q": _tensor(rng, (b, tq, d_k), scale),
        "k": _tensor(rng, (b, tk, d_k), scale),
        "v": _tensor(rng, (b, tk, d_v), 1.0),
        "causal": causal,
        "mask": mask,
    }


def generate(rng):
    for b, t, d, scale in ((2, 8, 4, 1.0), (4, 32, 16, 1.0), (3, 64, 64, 2.0), (2, 128, 32, 1.0)):
        yield {"name": f"B={b}, T={t}, d={d}, no mask", "args": _case(rng, b, t, t, d, d, scale, False, None)}
        yield {"name": f"B={b}, T={t}, d={d}, causal", "args": _case(rng, b, t, t, d, d, scale, True, None)}
        yield {"name": f"B={b}, T={t}, d={d}, right padding", "args": _case(rng, b, t, t, d, d, scale, False, _padding(rng, b, t))}
        yield {
            "name": f"B={b}, T={t}, d={d}, causal and left padding",
            "args": _case(rng, b, t, t, d, d, scale, True, _padding(rng, b, t, left=True)),
        }
    yield {"name": "B=2, Tq=5, Tk=40, d_k=8, d_v=3, padding", "args": _case(rng, 2, 5, 40, 8, 3, 1.0, False, _padding(rng, 2, 40))}
    yield {"name": "B=2, T=16, d=8, scores in the thousands", "args": _case(rng, 2, 16, 16, 8, 8, 30.0, True, None)}
    yield {"name": "B=1, T=16, d=4, |q|, |k| up to 1000", "args": _case(rng, 1, 16, 16, 4, 4, 300.0, False, _padding(rng, 1, 16))}
