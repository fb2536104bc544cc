# expect: WA
# Centres x first, as LayerNorm does: RMSNorm has no mean subtraction.
# says: RMSNorm does not subtract the mean
import numpy as np


def rmsnorm(x, gamma, eps):
    centred = x - x.mean(axis=-1, keepdims=True)
    return centred / np.sqrt(np.mean(centred**2, axis=-1, keepdims=True) + eps) * gamma
