import math

import numpy as np

_erfc = np.vectorize(math.erfc, otypes=[np.float64])  # numpy has no erf; math's is exact to float64
_GELU_C = math.sqrt(2.0 / math.pi)


def _activation(z, kind):
    """phi(z) and phi'(z), stable for |z| in the thousands."""
    if kind == "silu":
        e = np.exp(-np.abs(z))  # never overflows
        s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))  # sigmoid(z)
        return z * s, s * (1.0 + z * (1.0 - s))
    if kind == "gelu":
        cdf = 0.5 * _erfc(-z / math.sqrt(2.0))  # Phi(z), accurate in the far left tail too
        pdf = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
        return z * cdf, cdf + z * pdf
    # "gelu_tanh"
    u = _GELU_C * (z + 0.044715 * z**3)
    t = np.tanh(u)
    return 0.5 * z * (1.0 + t), 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _GELU_C * (1.0 + 3 * 0.044715 * z * z)


def gated_ffn(x, w_gate, w_up, w_down, activation, grad_out):
    gate = x @ w_gate
    up = x @ w_up
    act, d_act = _activation(gate, activation)
    hidden = act * up
    y = hidden @ w_down
    d_hidden = grad_out @ w_down.T
    grad_x = (d_hidden * up * d_act) @ w_gate.T + (d_hidden * act) @ w_up.T
    return y, grad_x
