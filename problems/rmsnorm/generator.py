"""Random activations of 1 to 3 dimensions on several scales (offset from zero, so that
subtracting the mean shows), deterministic for the seed in problem.yaml."""


def _values(rng, shape, centre, scale):
    if len(shape) == 1:
        return [centre + rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_values(rng, shape[1:], centre, scale) for _ in range(shape[0])]


def generate(rng):
    for shape, centre, scale, eps in (
        ((8, 16), 1.0, 1.0, 1e-6),
        ((4, 10, 64), 3.0, 2.0, 1e-5),
        ((256,), -2.0, 5.0, 1e-6),
        ((32, 512), 0.0, 100.0, 1e-6),
        ((3, 3), 0.5, 1.0, 1e-5),
        ((2, 50, 1000), 1.0, 1.0, 1e-5),
        ((16, 128), 2000.0, 1000.0, 1e-6),
        ((8, 64), 0.0, 1e-3, 1e-2),
    ):
        gamma = [rng.uniform(0.5, 2.0) for _ in range(shape[-1])]
        x = _values(rng, shape, centre, scale)
        yield {"name": f"shape {shape}, N({centre}, {scale}^2), eps {eps}", "args": {"x": x, "gamma": gamma, "eps": eps}}
