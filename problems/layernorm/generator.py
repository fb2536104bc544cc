"""Random activations of 1 to 3 dimensions on several scales, and rows whose mean dwarfs their
spread, deterministic for the seed in problem.yaml."""


def _values(rng, shape, centre, scale):
    if len(shape) == 1:
        return [centre + rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_values(rng, shape[1:], centre, scale) for _ in range(shape[0])]


def _params(rng, d):
    return [rng.uniform(0.5, 2.0) for _ in range(d)], [rng.uniform(-1.0, 1.0) for _ in range(d)]


def generate(rng):
    for shape, centre, scale, eps in (
        ((8, 16), 0.0, 1.0, 1e-5),
        ((4, 10, 64), 3.0, 2.0, 1e-5),
        ((256,), -2.0, 5.0, 1e-5),
        ((32, 512), 0.0, 100.0, 1e-6),
        ((3, 3), 0.0, 1.0, 1e-5),
        ((2, 50, 1000), 1.0, 1.0, 1e-5),
    ):
        gamma, beta = _params(rng, shape[-1])
        x = _values(rng, shape, centre, scale)
        yield {"name": f"shape {shape}, N({centre}, {scale}^2)", "args": {"x": x, "gamma": gamma, "beta": beta, "eps": eps}}
    gamma, beta = _params(rng, 128)
    centres = [rng.choice((9999.0, -9999.0)) + rng.uniform(-0.5, 0.5) for _ in range(16)]
    x = [[centre + rng.gauss(0.0, 1e-4) for _ in range(128)] for centre in centres]
    yield {"name": "(16, 128), rows near +-10^4 that vary by 10^-4", "args": {"x": x, "gamma": gamma, "beta": beta, "eps": 1e-6}}
    gamma, beta = _params(rng, 64)
    x = [[rng.gauss(0.0, 1e-3) for _ in range(64)] for _ in range(8)]
    yield {"name": "(8, 64), tiny activations: eps dominates the variance", "args": {"x": x, "gamma": gamma, "beta": beta, "eps": 1e-2}}
