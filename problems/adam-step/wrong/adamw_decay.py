# expect: WA
# Applies AdamW's decoupled weight decay (shrinking the parameters directly) where the
# statement asks for torch.optim.Adam's L2 decay (added to the gradient).
# says: this is AdamW's decoupled weight decay
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    param = param * (1 - lr * weight_decay)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
