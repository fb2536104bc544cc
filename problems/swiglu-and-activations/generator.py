"""Random feed-forward layers with each activation, 2-D and 3-D inputs, moderate and large
pre-activations, deterministic for the seed in problem.yaml."""

import math


def _tensor(rng, shape, scale, limit):
    if len(shape) == 1:
        return [max(-limit, min(limit, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale, limit) for _ in range(shape[0])]


def _case(rng, x_shape, d_ff, activation, x_scale=1.0, w_gain=1.0):
    d = x_shape[-1]
    w = w_gain / math.sqrt(d)
    return {
        "x": _tensor(rng, x_shape, x_scale, 100.0),
        "w_gate": _tensor(rng, (d, d_ff), w, 10.0),
        "w_up": _tensor(rng, (d, d_ff), w, 10.0),
        "w_down": _tensor(rng, (d_ff, d), 1 / math.sqrt(d_ff), 10.0),
        "activation": activation,
        "grad_out": _tensor(rng, x_shape, 1.0, 10.0),
    }


def generate(rng):
    for x_shape, d_ff in (((8, 16), 32), ((2, 10, 32), 86), ((16, 64), 172), ((1, 1, 8), 8), ((4, 24), 256)):
        for activation in ("silu", "gelu", "gelu_tanh"):
            yield {"name": f"x {x_shape}, d_ff={d_ff}, {activation}", "args": _case(rng, x_shape, d_ff, activation)}
    for activation in ("silu", "gelu", "gelu_tanh"):
        yield {"name": f"x (6, 4), d_ff=8, {activation}, pre-activations in the hundreds",
               "args": _case(rng, (6, 4), 8, activation, x_scale=40.0, w_gain=3.0)}
        yield {"name": f"x (8, 12), d_ff=24, {activation}, pre-activations of a few units (where GELU's two forms differ most)",
               "args": _case(rng, (8, 12), 24, activation, x_scale=2.0)}
