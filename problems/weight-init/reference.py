import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    receptive = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    # xavier: gain 1; kaiming: gain sqrt(2) for ReLU, fan_in mode
    std = math.sqrt(2.0 / (fan_in + fan_out)) if kind == "xavier" else math.sqrt(2.0) / math.sqrt(fan_in)
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        bound = math.sqrt(3.0) * std
        return rng.uniform(-bound, bound, size=tuple(shape))
    return rng.normal(0.0, std, size=tuple(shape))
