# expect: WA
# Bias-corrects m and v in place and returns the corrected moments as the new state.
# says: return the raw moments m and v
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    g = grad + weight_decay * param
    m = (beta1 * m + (1 - beta1) * g) / (1 - beta1**t)
    v = (beta2 * v + (1 - beta2) * g * g) / (1 - beta2**t)
    return param - lr * m / (np.sqrt(v) + eps), m, v
