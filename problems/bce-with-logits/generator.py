"""Random logits and labels at several scales and shapes, and the numerically nasty ones,
deterministic for the seed in problem.yaml."""


def _array(rng, shape, draw):
    if len(shape) == 1:
        return [draw() for _ in range(shape[0])]
    return [_array(rng, shape[1:], draw) for _ in range(shape[0])]


def _case(rng, shape, scale, soft=False):
    z = _array(rng, shape, lambda: rng.gauss(0.0, scale))
    y = _array(rng, shape, (lambda: rng.random()) if soft else (lambda: float(rng.random() < 0.5)))
    return {"z": z, "y": y}


def generate(rng):
    yield {"name": "(16,), N(0, 1), hard labels", "args": _case(rng, (16,), 1.0)}
    yield {"name": "(32, 10), N(0, 5), soft labels", "args": _case(rng, (32, 10), 5.0, soft=True)}
    yield {"name": "(64, 100), N(0, 3), hard labels", "args": _case(rng, (64, 100), 3.0)}
    yield {"name": "(30000,), N(0, 2), soft labels", "args": _case(rng, (30000,), 2.0, soft=True)}
    huge = _array(rng, (12, 8), lambda: rng.choice((1000.0, -1000.0)) + rng.uniform(-3, 3))
    labels = _array(rng, (12, 8), lambda: rng.choice((0.0, 1.0, 0.5, rng.random())))
    yield {"name": "(12, 8), logits near +-1000", "args": {"z": huge, "y": labels}}
    far = _array(rng, (200,), lambda: rng.uniform(-1e4, 1e4))
    yield {"name": "(200,), logits up to +-10^4", "args": {"z": far, "y": _array(rng, (200,), lambda: float(rng.random() < 0.5))}}
    edge = _array(rng, (100,), lambda: rng.choice((-1.0, 1.0)) * rng.uniform(30.0, 45.0))
    labels = _array(rng, (100,), lambda: float(rng.random() < 0.5))
    yield {"name": "(100,), |z| in [30, 45], where 1 - sigmoid(z) loses its digits or is 0", "args": {"z": edge, "y": labels}}
    yield {"name": "(256, 1), a column", "args": _case(rng, (256, 1), 4.0, soft=True)}
