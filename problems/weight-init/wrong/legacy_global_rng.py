# expect: WA
# The right distribution, drawn from the legacy global generator (np.random.seed) instead of
# the statement's np.random.default_rng(seed).
# says: the values fit the distribution, but they are not the statement's draw
import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    receptive = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    std = math.sqrt(2 / (fan_in + fan_out)) if kind == "xavier" else math.sqrt(2 / fan_in)
    np.random.seed(seed)
    if distribution == "uniform":
        return np.random.uniform(-math.sqrt(3) * std, math.sqrt(3) * std, size=shape)
    return np.random.normal(0.0, std, size=shape)
