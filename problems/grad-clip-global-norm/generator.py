"""Random lists of gradient tensors of mixed shapes, some above max_norm and some below,
deterministic for the seed in problem.yaml."""


def _values(rng, shape, scale):
    if len(shape) == 1:
        return [rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_values(rng, shape[1:], scale) for _ in range(shape[0])]


def _with_zeros(rng, values, chance=0.25):
    """Some entries set to exactly 0, at least one per tensor, as dead ReLU units leave them."""
    if isinstance(values[0], list):
        return [_with_zeros(rng, row, chance) for row in values]
    out = [0.0 if rng.random() < chance else v for v in values]
    out[rng.randrange(len(out))] = 0.0
    return out


def _grads(rng, shapes, scale):
    return [_values(rng, shape, scale * rng.choice((0.1, 1.0, 10.0))) for shape in shapes]


def generate(rng):
    yield {"name": "three tensors, clipped", "args": {"grads": _grads(rng, [(4, 3), (3,), (3, 2)], 1.0), "max_norm": 1.0}}
    yield {"name": "three tensors, under max_norm", "args": {"grads": _grads(rng, [(4, 3), (3,), (3, 2)], 0.01), "max_norm": 5.0}}
    shapes = [(64, 32), (32,), (32, 10), (10,)]
    yield {"name": "an MLP's four tensors, clipped", "args": {"grads": _grads(rng, shapes, 1.0), "max_norm": 1.0}}
    yield {"name": "an MLP's four tensors, max_norm 100", "args": {"grads": _grads(rng, shapes, 0.1), "max_norm": 100.0}}
    shapes = [(8, 16, 16), (256,), (16, 16), (1,), (128, 64)]
    yield {"name": "five tensors, 1-D to 3-D, max_norm 0.5", "args": {"grads": _grads(rng, shapes, 1.0), "max_norm": 0.5}}
    yield {"name": "one tensor of 10^4 entries", "args": {"grads": _grads(rng, [(10000,)], 1.0), "max_norm": 10.0}}
    yield {"name": "20 small tensors", "args": {"grads": _grads(rng, [(rng.randrange(1, 6),) for _ in range(20)], 1.0), "max_norm": 2.0}}
    big = [_values(rng, (50,), 1e250), _values(rng, (5, 5), 1e240)]
    yield {"name": "values near 1e250 (squares overflow)", "args": {"grads": big, "max_norm": 1.0}}
    # Added after the others so that their draws from rng stay as they were.
    dead = [_with_zeros(rng, g) for g in _grads(rng, [(16, 8), (8,), (8, 4)], 1e200)]
    yield {"name": "exact zeros in every tensor (dead units), values near 1e200", "args": {"grads": dead, "max_norm": 1.0}}
