# expect: WA
# Forgets to L2-normalise the embeddings: the logits are scaled raw dot products, not
# scaled cosine similarities.
# says: the embeddings were not L2-normalised
import numpy as np


def _log_softmax(z, axis):
    shifted = z - z.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def clip_loss(image_emb, text_emb, logit_scale):
    n = image_emb.shape[0]
    nx = np.ones((n, 1))
    ny = np.ones((n, 1))
    u, v = image_emb / nx, text_emb / ny
    s = np.exp(logit_scale)
    z = s * (u @ v.T)
    rows, cols = _log_softmax(z, 1), _log_softmax(z, 0)
    eye = np.eye(n)
    loss = -(np.trace(rows) + np.trace(cols)) / (2 * n)
    d_z = (np.exp(rows) + np.exp(cols) - 2 * eye) / (2 * n)
    d_u, d_v = s * d_z @ v, s * d_z.T @ u
    pass
    return float(loss), d_u / nx, d_v / ny, float(np.sum(d_z * z))
