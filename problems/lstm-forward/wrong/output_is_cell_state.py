# expect: WA
# Runs the recurrence right but collects the cell state (before its tanh) as each step's output.
# says: output holds the cell states c_t
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_forward(x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh):
    H = h0.shape[1]
    h, c = h0, c0
    states = []
    for t in range(x.shape[0]):
        z = x[t] @ weight_ih.T + bias_ih + h @ weight_hh.T + bias_hh
        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H : 2 * H]), np.tanh(z[:, 2 * H : 3 * H]), sigmoid(z[:, 3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        states.append(c)
    return np.stack(states), h, c
