# expect: WA
# Updates m and v but steps with them directly, without dividing by (1 - beta^t).
# says: no bias correction
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    g = grad + weight_decay * param
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    return param - lr * m / (np.sqrt(v) + eps), m, v
