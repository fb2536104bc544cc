import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Never exp() a large positive number: exp(-|z|) is in (0, 1].
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression_gd(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, l2: float
) -> tuple[np.ndarray, float, np.ndarray]:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    target = y.astype(np.float64)
    losses = np.empty(epochs)
    for t in range(epochs):
        z = X @ w + b
        # BCE from logits: log(1 + exp(z)) - y z, with logaddexp so z = +-1000 stays finite.
        data_loss = np.mean(np.logaddexp(0.0, z) - target * z)
        losses[t] = data_loss + 0.5 * l2 * float(w @ w)  # before this epoch's update
        residual = (_sigmoid(z) - target) / n
        grad_w = X.T @ residual + l2 * w  # the bias is not regularised
        grad_b = float(np.sum(residual))
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b), losses
