"""Random parameters, gradients and velocities, each once per mode (plain momentum and
Nesterov): both must pass. Deterministic for the seed in problem.yaml."""


def _values(rng, shape, scale):
    if len(shape) == 1:
        return [rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_values(rng, shape[1:], scale) for _ in range(shape[0])]


def _case(rng, shape, momentum, weight_decay, first_step=False):
    return {
        "param": _values(rng, shape, 1.0),
        "grad": _values(rng, shape, rng.choice((1e-3, 0.1, 1.0, 10.0))),
        "velocity": _values(rng, shape, 0.0 if first_step else 0.5),
        "lr": rng.choice((1e-3, 0.01, 0.1)),
        "momentum": momentum,
        "weight_decay": weight_decay,
    }


def generate(rng):
    for shape, momentum, weight_decay, first_step in (
        ((6,), 0.9, 0.0, True),
        ((16, 8), 0.9, 0.0, False),
        ((256, 64), 0.99, 0.0, False),
        ((10000,), 0.5, 1e-4, False),
        ((32, 32), 0.9, 0.05, False),
    ):
        args = _case(rng, shape, momentum, weight_decay, first_step)
        label = f"shape {shape}, momentum {momentum}" + (f", weight decay {weight_decay}" if weight_decay else "")
        label += ", first step" if first_step else ""
        for nesterov in (False, True):
            mode = "nesterov" if nesterov else "plain"
            yield {"name": f"{label}, {mode}", "args": {**args, "nesterov": nesterov}}
