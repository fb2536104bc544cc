"""Random parameters and gradients; the optimizer state is what `warm` earlier steps of the
same optimizer left (so it is consistent: square_avg >= grad_avg^2), for RMSProp plain,
centred, with momentum and weight decay, and for AdamW. Deterministic for the seed in
problem.yaml."""

import numpy as np


def _array(rng, shape, scale):
    return np.array([rng.gauss(0.0, scale) for _ in range(int(np.prod(shape)))]).reshape(shape)


def _rmsprop_state(rng, param, warm, scale, o):
    sq, buf, ga = np.zeros_like(param), np.zeros_like(param), np.zeros_like(param)
    p = param.copy()
    for _ in range(warm):
        g = _array(rng, param.shape, scale) + o["weight_decay"] * p
        sq = o["alpha"] * sq + (1 - o["alpha"]) * g * g
        if o["centered"]:
            ga = o["alpha"] * ga + (1 - o["alpha"]) * g
        avg = np.sqrt(sq - ga * ga) + o["eps"]
        if o["momentum"] > 0:
            buf = o["momentum"] * buf + g / avg
    return [sq.tolist(), buf.tolist(), ga.tolist()]


def _adamw_state(rng, shape, warm, scale, o):
    m, v = np.zeros(shape), np.zeros(shape)
    for _ in range(warm):
        g = _array(rng, shape, scale)
        m = o["beta1"] * m + (1 - o["beta1"]) * g
        v = o["beta2"] * v + (1 - o["beta2"]) * g * g
    return [m.tolist(), v.tolist()]


def _rmsprop(rng, shape, warm, scale, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
    o = {"lr": lr, "alpha": alpha, "eps": eps, "weight_decay": weight_decay, "momentum": momentum, "centered": centered}
    param = _array(rng, shape, 1.0)
    state = _rmsprop_state(rng, param, warm, scale, o)
    grad = _array(rng, shape, scale)
    return {"kind": "rmsprop", "param": param.tolist(), "grad": grad.tolist(), "state": state, "step": warm + 1, "options": o}


def _adamw(rng, shape, warm, scale, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    o = {"lr": lr, "beta1": beta1, "beta2": beta2, "eps": eps, "weight_decay": weight_decay}
    param = _array(rng, shape, 1.0)
    state = _adamw_state(rng, shape, warm, scale, o)
    grad = _array(rng, shape, scale)
    return {"kind": "adamw", "param": param.tolist(), "grad": grad.tolist(), "state": state, "step": warm + 1, "options": o}


def generate(rng):
    yield {"name": "rmsprop, shape (5,), first step", "args": _rmsprop(rng, (5,), 0, 0.1)}
    yield {"name": "rmsprop, shape (8, 16), step 4", "args": _rmsprop(rng, (8, 16), 3, 1.0)}
    yield {"name": "rmsprop centred, shape (32, 8), step 6", "args": _rmsprop(rng, (32, 8), 5, 0.5, centered=True)}
    yield {"name": "rmsprop momentum 0.9, shape (100,), step 11", "args": _rmsprop(rng, (100,), 10, 1e-2, momentum=0.9)}
    yield {"name": "rmsprop centred, momentum 0.5, weight decay 0.1, shape (16, 16), step 8",
           "args": _rmsprop(rng, (16, 16), 7, 2.0, momentum=0.5, weight_decay=0.1, centered=True)}
    yield {"name": "rmsprop alpha 0.9, weight decay 0.01, shape (10000,), step 3",
           "args": _rmsprop(rng, (10000,), 2, 1e-3, alpha=0.9, weight_decay=0.01, lr=1e-3)}
    yield {"name": "adamw, shape (5,), first step", "args": _adamw(rng, (5,), 0, 0.1)}
    yield {"name": "adamw, shape (8, 16), step 4, weight decay 0.1", "args": _adamw(rng, (8, 16), 3, 1.0, weight_decay=0.1, lr=0.01)}
    yield {"name": "adamw, shape (64, 32), step 31", "args": _adamw(rng, (64, 32), 30, 1e-2)}
    yield {"name": "adamw beta1 0.5 beta2 0.9, weight decay 1, lr 0.1, shape (20, 5), step 13",
           "args": _adamw(rng, (20, 5), 12, 2.0, lr=0.1, beta1=0.5, beta2=0.9, weight_decay=1.0)}
    yield {"name": "adamw, shape (10000,), step 3, gradients ~1e-3", "args": _adamw(rng, (10000,), 2, 1e-3)}
