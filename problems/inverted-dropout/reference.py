import numpy as np


def dropout(x: np.ndarray, p: float, training: bool, seed: int) -> np.ndarray:
    if not training:
        return x.copy()
    rng = np.random.default_rng(seed)
    keep = rng.random(x.shape) >= p
    return x * keep / (1 - p)
