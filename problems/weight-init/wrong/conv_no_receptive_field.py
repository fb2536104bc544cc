# expect: WA
# Takes fan_in = shape[1] and fan_out = shape[0] for conv weights too, ignoring the kernel.
# says: the fans ignore the receptive field
import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    fan_in, fan_out = shape[1], shape[0]
    std = math.sqrt(2 / (fan_in + fan_out)) if kind == "xavier" else math.sqrt(2 / fan_in)
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return rng.uniform(-math.sqrt(3) * std, math.sqrt(3) * std, size=shape)
    return rng.normal(0.0, std, size=shape)
