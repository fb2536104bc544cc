# expect: WA
# Uses the unbiased variance (ddof=1, torch.var's default) instead of the biased one.
# says: LayerNorm uses the biased variance
import numpy as np


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, ddof=1, keepdims=True) if x.shape[-1] > 1 else np.zeros_like(mean)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
