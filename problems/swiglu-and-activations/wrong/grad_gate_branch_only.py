# expect: WA
# Backpropagates through the activation but treats up = x @ w_up as a constant: the path
# through the up projection is missing from grad_x.
# says: grad_x is missing the path through the up branch
import math

import numpy as np

erf = np.vectorize(math.erf)


def gated_ffn(x, w_gate, w_up, w_down, activation, grad_out):
    z = x @ w_gate
    up = x @ w_up
    if activation == "silu":
        s = 0.5 * (1 + np.tanh(z / 2))
        a, da = z * s, s * (1 + z * (1 - s))
    elif activation == "gelu":
        cdf = 0.5 * (1 + erf(z / math.sqrt(2)))
        a, da = z * cdf, cdf + z * np.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    else:
        c = math.sqrt(2 / math.pi)
        t = np.tanh(c * (z + 0.044715 * z**3))
        a, da = 0.5 * z * (1 + t), 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * c * (1 + 3 * 0.044715 * z * z)
    dh = grad_out @ w_down.T
    return (a * up) @ w_down, (dh * up * da) @ w_gate.T
