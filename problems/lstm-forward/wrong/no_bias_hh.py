# expect: WA
# Treats bias_ih as the only bias, as a textbook LSTM with one bias per gate would.
# says: bias_hh was left out
import numpy as np


def sigmoid(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    H = h0.shape[1]
    h, c = h0, c0
    out = np.zeros((x.shape[0], x.shape[1], H))
    for t in range(x.shape[0]):
        z = x[t] @ weight_ih.T + h @ weight_hh.T + bias_ih
        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H : 2 * H]), np.tanh(z[:, 2 * H : 3 * H]), sigmoid(z[:, 3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return out, h, c
