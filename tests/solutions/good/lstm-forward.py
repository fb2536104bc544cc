"""Unlike the reference: one product of [x_t, h] with the stacked [W_ih | W_hh] per step, each
gate from its own row block, and sigmoid(z) = (1 + tanh(z / 2)) / 2, stable without branches."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    steps, batch, _ = x.shape
    hidden = h0.shape[1]
    stacked = np.hstack([weight_ih, weight_hh])  # (4H, I + H)
    bias = bias_ih + bias_hh
    blocks = {name: slice(k * hidden, (k + 1) * hidden) for k, name in enumerate("ifgo")}
    h, c = h0.copy(), c0.copy()
    output = np.zeros((steps, batch, hidden))
    for t in range(steps):
        joint = np.hstack([x[t], h])  # (B, I + H)
        pre = {name: joint @ stacked[rows].T + bias[rows] for name, rows in blocks.items()}
        c = _sigmoid(pre["f"]) * c + _sigmoid(pre["i"]) * np.tanh(pre["g"])
        h = _sigmoid(pre["o"]) * np.tanh(c)
        output[t] = h
    return output, h, c
