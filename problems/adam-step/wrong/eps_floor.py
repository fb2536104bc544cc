# expect: WA
# The reference with one mutation: eps is floored at 1e-8 (a common default) instead of
# taken as given. Only a case with eps below 1e-8, beside gradients small enough for eps to
# matter, tells the two apart.
# says: manual-12
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    g = grad + weight_decay * param if weight_decay != 0 else grad
    new_m = beta1 * m + (1 - beta1) * g
    new_v = beta2 * v + (1 - beta2) * g * g
    m_hat = new_m / (1 - beta1**t)
    v_hat = new_v / (1 - beta2**t)
    new_param = param - lr * m_hat / (np.sqrt(v_hat) + max(eps, 1e-8))
    return new_param, new_m, new_v
