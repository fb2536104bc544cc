"""Random weights and activations: Gaussian layers, an outlier channel (where per-channel scales
pay off), all-zero rows, and K large enough that an int8 or int16 accumulator overflows, in both
modes, deterministic for the seed in problem.yaml."""


def _matrix(rng, rows, cols, scale):
    return [[rng.gauss(0.0, scale) for _ in range(cols)] for _ in range(rows)]


def _args(x, w, per_channel):
    return {"x": x, "w": w, "per_channel": per_channel}


def generate(rng):
    for per_channel in (True, False):
        mode = "per-channel" if per_channel else "per-tensor"
        yield {"name": f"B=4, K=16, M=8, {mode}", "args": _args(_matrix(rng, 4, 16, 1.0), _matrix(rng, 8, 16, 0.1), per_channel)}
        x, w = _matrix(rng, 32, 256, 2.0), _matrix(rng, 128, 256, 0.02)
        yield {"name": f"B=32, K=256, M=128, {mode}", "args": _args(x, w, per_channel)}
        w = _matrix(rng, 64, 128, 0.05)
        for row in rng.sample(range(64), 3):
            w[row][rng.randrange(128)] = rng.choice((-1.0, 1.0)) * rng.uniform(50.0, 100.0)
        w[rng.randrange(64)] = [0.0] * 128
        x = _matrix(rng, 16, 128, 1.0)
        x[0][5] = 60.0  # an activation outlier
        yield {"name": f"B=16, K=128, M=64, outlier weights and an all-zero channel, {mode}", "args": _args(x, w, per_channel)}
    big = [[rng.uniform(0.9, 1.0) * rng.choice((1.0, 1.0, 1.0, -1.0)) for _ in range(4096)] for _ in range(2)]
    yield {"name": "B=2, K=4096, M=24: sums of products near 127^2 overflow int16", "args": _args(big, _matrix(rng, 24, 4096, 1.0), True)}
    x, w = _matrix(rng, 256, 64, 2000.0), _matrix(rng, 256, 64, 0.3)
    yield {"name": "B=256, K=64, M=256, activations up to 10^4", "args": _args(x, w, True)}
