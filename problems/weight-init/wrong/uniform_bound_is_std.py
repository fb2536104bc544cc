# expect: WA
# Uses the std as the uniform bound, forgetting that U(-a, a) has std a / sqrt(3).
# says: the uniform bound must be sqrt(3) * std
import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    receptive = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    std = math.sqrt(2 / (fan_in + fan_out)) if kind == "xavier" else math.sqrt(2 / fan_in)
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return rng.uniform(-std, std, size=shape)
    return rng.normal(0.0, std, size=shape)
