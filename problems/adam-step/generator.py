"""Random parameters, gradients and optimizer states at several scales and steps, with and
without weight decay, deterministic for the seed in problem.yaml."""


def _values(rng, shape, scale, nonnegative=False):
    if len(shape) == 1:
        values = [rng.gauss(0.0, scale) for _ in range(shape[0])]
        return [abs(x) for x in values] if nonnegative else values
    return [_values(rng, shape[1:], scale, nonnegative) for _ in range(shape[0])]


def _case(rng, shape, t, grad_scale, weight_decay=0.0, beta1=0.9, beta2=0.999):
    # m and v as a previous step could have left them: of the gradients' scale (zero at t = 1).
    state = grad_scale if t > 1 else 0.0
    return {
        "param": _values(rng, shape, 1.0),
        "grad": _values(rng, shape, grad_scale),
        "m": _values(rng, shape, state),
        "v": _values(rng, shape, state * state, nonnegative=True),
        "t": t,
        "lr": rng.choice((1e-3, 3e-4, 1e-2, 0.1)),
        "beta1": beta1,
        "beta2": beta2,
        "eps": 1e-8,
        "weight_decay": weight_decay,
    }


def generate(rng):
    yield {"name": "shape (5,), t=1", "args": _case(rng, (5,), 1, 0.1)}
    yield {"name": "shape (8, 16), t=3", "args": _case(rng, (8, 16), 3, 1.0)}
    yield {"name": "shape (64, 32), t=100", "args": _case(rng, (64, 32), 100, 1e-2)}
    yield {"name": "shape (10000,), t=7, gradients ~1e-3", "args": _case(rng, (10000,), 7, 1e-3)}
    yield {"name": "shape (16, 16), t=2, weight decay 0.01", "args": _case(rng, (16, 16), 2, 0.5, weight_decay=0.01)}
    yield {"name": "shape (32,), t=1, weight decay 0.1", "args": _case(rng, (32,), 1, 0.05, weight_decay=0.1)}
    yield {"name": "shape (20, 5), t=50, beta1=0.5, beta2=0.9", "args": _case(rng, (20, 5), 50, 2.0, beta1=0.5, beta2=0.9)}
    yield {"name": "shape (100,), t=10, gradients ~1e50", "args": _case(rng, (100,), 10, 1e50)}
    # Added after the others so that their draws from rng stay as they were.
    yield {"name": "shape (6, 7), t=4, weight decay 1 (the largest allowed)", "args": _case(rng, (6, 7), 4, 0.3, weight_decay=1.0)}
