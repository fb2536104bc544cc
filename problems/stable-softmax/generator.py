"""Random logits of several scales and shapes, and the numerically nasty ones, deterministic
for the seed in problem.yaml."""


def _logits(rng, shape, scale):
    if len(shape) == 1:
        return [rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_logits(rng, shape[1:], scale) for _ in range(shape[0])]


def generate(rng):
    yield {"name": "(8, 10), N(0, 1)", "args": {"x": _logits(rng, (8, 10), 1.0)}}
    yield {"name": "(16, 50), N(0, 30)", "args": {"x": _logits(rng, (16, 50), 30.0)}}
    yield {"name": "(4, 6, 12), 3-D", "args": {"x": _logits(rng, (4, 6, 12), 5.0)}}
    yield {"name": "(3, 3), square: the axis matters", "args": {"x": _logits(rng, (3, 3), 2.0)}}
    yield {"name": "(1000,), 1-D", "args": {"x": _logits(rng, (1000,), 3.0)}}
    huge = [[rng.choice((1000.0, -1000.0)) + rng.uniform(-5, 5) for _ in range(20)] for _ in range(10)]
    yield {"name": "(10, 20), logits near +-1000", "args": {"x": huge}}
    far = [[rng.uniform(-1e4, 1e4) for _ in range(30)] for _ in range(10)]
    yield {"name": "(10, 30), logits up to +-10^4", "args": {"x": far}}
    low = [[-1000.0 + rng.uniform(-1, 1) for _ in range(40)] for _ in range(5)]
    yield {"name": "(5, 40), every logit near -1000", "args": {"x": low}}
    yield {"name": "(64, 512), N(0, 10)", "args": {"x": _logits(rng, (64, 512), 10.0)}}
    masked = _logits(rng, (6, 16), 4.0)
    for row in masked:
        for j in rng.sample(range(16), rng.randint(1, 15)):
            row[j] = float("-inf")
    yield {"name": "(6, 16), random -inf masks", "args": {"x": masked}}
