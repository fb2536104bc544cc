"""Inputs large enough for the statistical checks to bite, in both modes, deterministic for
the seed in problem.yaml."""

import numpy as np


def _values(rng, shape):
    if len(shape) == 1:
        return [rng.uniform(0.5, 2.0) * rng.choice((-1.0, 1.0)) for _ in range(shape[0])]
    return [_values(rng, shape[1:]) for _ in range(shape[0])]


def generate(rng):
    for shape, p in (((100, 100), 0.5), ((10**5,), 0.1), ((20, 50, 100), 0.3), ((64, 256), 0.9), ((300, 300), 0.2)):
        x = _values(rng, shape)
        seed = rng.randrange(2**32)
        for training in (True, False):
            mode = "train" if training else "eval"
            yield {"name": f"shape {shape}, p={p}, {mode}", "args": {"x": x, "p": p, "training": training, "seed": seed}}
    # Added after the others so that their draws from rng stay as they were. p is one of the
    # draws for the seed exactly, so only `>= p` (the statement's rule), not `> p`, keeps it.
    for shape in ((40, 25), (10, 10, 10)):
        x = _values(rng, shape)
        seed = rng.randrange(2**32)
        draws = np.random.default_rng(seed).random(shape).ravel()
        p = float(draws[np.flatnonzero(draws <= 0.9)[0]])
        args = {"x": x, "p": p, "training": True, "seed": seed}
        yield {"name": f"shape {shape}, p = one of the seed's draws ({p!r}), train", "args": args}
