# expect: WA
# Rewrites the loss as z - z*y + log(1 + exp(-z)) (right for z >= 0) but never flips it for
# negative z: exp(1000) overflows.
# says: log(1 + exp(-z)) overflows
import numpy as np


def bce_with_logits(z, y):
    loss = np.mean(z - z * y + np.log(1 + np.exp(-z)))
    return loss, (1 / (1 + np.exp(-z)) - y) / z.size
