import numpy as np


def multi_head_attention(
    x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, w_o: np.ndarray, num_heads: int, causal: bool
) -> np.ndarray:
    b, t, d_model = x.shape
    d_head = d_model // num_heads

    def split(a):  # (B, T, d_model) -> (B, h, T, d_head)
        return a.reshape(b, t, num_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = split(x @ w_q), split(x @ w_k), split(x @ w_v)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        scores = np.where(np.tril(np.ones((t, t), dtype=bool)), scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=-1, keepdims=True))  # every row keeps its diagonal
    weights = e / np.sum(e, axis=-1, keepdims=True)
    merged = (weights @ v).transpose(0, 2, 1, 3).reshape(b, t, d_model)
    return merged @ w_o
