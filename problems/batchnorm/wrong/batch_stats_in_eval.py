# expect: WA
# Uses the batch's own mean and variance in eval mode too, ignoring the running statistics.
# says: example-2: out:
# says: in eval mode, normalise with running_mean and running_var
import numpy as np


def batchnorm(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    n = x.shape[0]
    mean, var = x.mean(axis=0), x.var(axis=0)
    out = gamma * (x - mean) / np.sqrt(var + eps) + beta
    if not training:
        return out, running_mean, running_var
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return out, new_mean, new_var
