# expect: WA
# Computes the variance as E[x^2] - E[x]^2, which cancels catastrophically when |mean| >> std.
# says: mean(x**2) - mean(x)**2 cancels catastrophically
import numpy as np


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mean * mean
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
