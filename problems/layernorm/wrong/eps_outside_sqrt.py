# expect: WA
# Adds eps to the standard deviation instead of to the variance.
# says: eps belongs inside the square root


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    std = x.std(axis=-1, keepdims=True)
    return gamma * (x - mean) / (std + eps) + beta
