# expect: WA
# Uses the tanh approximation for both GELUs (what many frameworks call "gelu"): off by up to
# 2e-4 where activation = "gelu" asks for the exact erf form.
# says: the tanh approximation of GELU was used where activation = gelu asks for the exact erf form
import math

import numpy as np


def gated_ffn(x, w_gate, w_up, w_down, activation, grad_out):
    z = x @ w_gate
    up = x @ w_up
    if activation == "silu":
        s = np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
        a, da = z * s, s * (1 + z * (1 - s))
    else:
        c = math.sqrt(2 / math.pi)
        t = np.tanh(c * (z + 0.044715 * z**3))
        a = 0.5 * z * (1 + t)
        da = 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * c * (1 + 3 * 0.044715 * z * z)
    dh = grad_out @ w_down.T
    return (a * up) @ w_down, (dh * up * da) @ w_gate.T + (dh * a) @ w_up.T
