import numpy as np


def batchnorm(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        n = x.shape[0]
        mean = x.mean(axis=0)
        var = x.var(axis=0)  # biased (divide by N): what the batch is normalised with
        out = gamma * (x - mean) / np.sqrt(var + eps) + beta
        # PyTorch's running update takes the unbiased variance (divide by N - 1).
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
        return out, new_mean, new_var
    out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return out, running_mean.copy(), running_var.copy()
