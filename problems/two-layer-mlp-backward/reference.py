import numpy as np


def mlp_loss_and_grads(x, labels, W1, b1, W2, b2):
    n = x.shape[0]
    rows = np.arange(n)
    a = x @ W1 + b1
    h = np.maximum(a, 0.0)
    z = h @ W2 + b2
    shifted = z - np.max(z, axis=1, keepdims=True)
    # log-softmax directly: log(softmax) would take log(0) = -inf once a probability underflows.
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -float(np.mean(log_probs[rows, labels]))
    dz = np.exp(log_probs)
    dz[rows, labels] -= 1.0
    dz /= n
    dW2 = h.T @ dz
    db2 = dz.sum(axis=0)
    da = (dz @ W2.T) * (a > 0)  # ReLU'(a) = 1 where a > 0, else 0
    dW1 = x.T @ da
    db1 = da.sum(axis=0)
    return loss, dW1, db1, dW2, db2
