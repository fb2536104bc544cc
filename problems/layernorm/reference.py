import numpy as np


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)  # biased, two-pass: no cancellation
    return gamma * centred / np.sqrt(var + eps) + beta
