import numpy as np


def _sigmoid(z):
    # exp of -|z| only: never overflows, and exact 0 / 1 in the far tails.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    hidden = h0.shape[1]
    h, c = h0, c0
    # The input's share of every gate for every step at once; the recurrent share must wait for h.
    x_gates = x @ weight_ih.T + bias_ih + bias_hh
    outputs = np.empty((x.shape[0], x.shape[1], hidden))
    for t in range(x.shape[0]):
        gates = x_gates[t] + h @ weight_hh.T
        i = _sigmoid(gates[:, :hidden])
        f = _sigmoid(gates[:, hidden : 2 * hidden])
        g = np.tanh(gates[:, 2 * hidden : 3 * hidden])
        o = _sigmoid(gates[:, 3 * hidden :])
        c = f * c + i * g
        h = o * np.tanh(c)
        outputs[t] = h
    return outputs, h, c
