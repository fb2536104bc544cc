# expect: WA
# The reference with one mutation: it skips the weight decay when weight_decay == 1 (tests
# `!= 1` where `!= 0` was meant). Only a case with weight_decay = 1, the largest the
# constraints allow, tells the two apart.
# says: manual-11
# says: the weight decay was not applied
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    g = grad + weight_decay * param if weight_decay != 1 else grad
    new_m = beta1 * m + (1 - beta1) * g
    new_v = beta2 * v + (1 - beta2) * g * g
    m_hat = new_m / (1 - beta1**t)
    v_hat = new_v / (1 - beta2**t)
    new_param = param - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_param, new_m, new_v
