# expect: WA
# Reads the shape in Keras's (in, out) layout: fan_in = shape[0], so Kaiming uses fan_out.
# says: fan_in and fan_out are swapped
import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    receptive = math.prod(shape[2:])
    fan_in, fan_out = shape[0] * receptive, shape[1] * receptive
    std = math.sqrt(2 / (fan_in + fan_out)) if kind == "xavier" else math.sqrt(2 / fan_in)
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return rng.uniform(-math.sqrt(3) * std, math.sqrt(3) * std, size=shape)
    return rng.normal(0.0, std, size=shape)
