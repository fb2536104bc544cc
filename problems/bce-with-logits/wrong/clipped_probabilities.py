# expect: WA
# Clips the probability away from 0 and 1 (Keras's epsilon trick): finite, but every term is
# capped at -log(1e-7) = 16.1 where the answer is 1000.
# says: caps each term at -log(eps)
import numpy as np

EPS = 1e-7


def bce_with_logits(z, y):
    s = 1 / (1 + np.exp(-z))
    p = np.clip(s, EPS, 1 - EPS)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return loss, (s - y) / z.size
