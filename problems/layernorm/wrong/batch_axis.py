# expect: WA
# Normalises over the batch (axis 0), as BatchNorm does, instead of over each example's features.
# says: LayerNorm normalises each example over its last axis
import numpy as np


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
