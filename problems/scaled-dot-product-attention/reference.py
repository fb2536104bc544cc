import numpy as np


def attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, causal: bool, mask: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    b, tq, d_k = q.shape
    tk = k.shape[1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_k)
    allowed = np.ones((b, tq, tk), dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool))
    if mask is not None:
        allowed &= mask[:, None, :]
    # Shift each row by its largest allowed score; a fully masked row has none (shift 0).
    scores = np.where(allowed, scores, -np.inf)
    row_max = np.max(scores, axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    e = np.where(allowed, np.exp(scores - row_max), 0.0)
    total = np.sum(e, axis=-1, keepdims=True)
    weights = e / np.where(total > 0, total, 1.0)  # a fully masked row: zero weights, zero output
    return weights @ v, weights
