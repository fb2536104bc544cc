# expect: WA
# Updates the running variance with the biased batch variance (PyTorch uses the unbiased one).
# says: running_var:
# says: running update uses the unbiased one
import numpy as np


def batchnorm(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if not training:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var
    mean, var = x.mean(axis=0), x.var(axis=0)
    out = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return out, (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
