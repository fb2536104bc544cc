# expect: WA
# Kaiming without the ReLU gain sqrt(2): std = 1 / sqrt(fan_in) (that is LeCun's init).
# says: the ReLU gain is missing
import math

import numpy as np


def init_weights(shape, kind, distribution, seed):
    receptive = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    std = math.sqrt(2 / (fan_in + fan_out)) if kind == "xavier" else 1 / math.sqrt(fan_in)
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return rng.uniform(-math.sqrt(3) * std, math.sqrt(3) * std, size=shape)
    return rng.normal(0.0, std, size=shape)
