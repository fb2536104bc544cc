import numpy as np


def bce_with_logits(z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    # -y log s(z) - (1 - y) log(1 - s(z)) = max(z, 0) - z * y + log(1 + exp(-|z|)):
    # exp() only ever sees a non-positive number, so nothing overflows, and log1p keeps the
    # tail exact where exp(-|z|) is tiny.
    loss = float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))
    # sigmoid without overflow: exp(-|z|) again, then the branch for the sign.
    e = np.exp(-np.abs(z))
    sigmoid = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return loss, (sigmoid - y) / z.size
