# expect: WA
# Splits the gate pre-activations as i, f, o, g instead of PyTorch's i, f, g, o.
# says: the gates were read in the order i, f, o, g
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    h, c = h0, c0
    out = []
    for xt in x:
        z = xt @ weight_ih.T + bias_ih + h @ weight_hh.T + bias_hh
        i, f, o, g = np.split(z, 4, axis=1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        out.append(h)
    return np.stack(out), h, c
