# expect: WA
# Mixes up the gates in the cell update: c = o * c + i * g.
# says: the old cell was kept by the output gate
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    H = h0.shape[1]
    h, c = h0, c0
    out = []
    for t in range(len(x)):
        z = x[t] @ weight_ih.T + bias_ih + h @ weight_hh.T + bias_hh
        i = sigmoid(z[:, :H])
        g = np.tanh(z[:, 2 * H : 3 * H])
        o = sigmoid(z[:, 3 * H :])
        c = o * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out), h, c
