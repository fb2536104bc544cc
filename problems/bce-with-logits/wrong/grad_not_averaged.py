# expect: WA
# The loss is a mean, but the gradient is left as sigmoid(z) - y, without the 1/M.
# says: the loss is a mean over all M = z.size elements
import numpy as np


def bce_with_logits(z, y):
    loss = np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))
    return loss, 1 / (1 + np.exp(-z)) - y
