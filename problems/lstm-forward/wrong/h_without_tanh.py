# expect: WA
# Emits the output gate times the raw cell: h = o * c.
# says: missing the tanh
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    H = h0.shape[1]
    xz = x @ weight_ih.T + bias_ih + bias_hh
    h, c = h0, c0
    out = []
    for t in range(x.shape[0]):
        z = xz[t] + h @ weight_hh.T
        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H : 2 * H]), np.tanh(z[:, 2 * H : 3 * H]), sigmoid(z[:, 3 * H :])
        c = f * c + i * g
        h = o * c
        out.append(h)
    return np.stack(out), h, c
