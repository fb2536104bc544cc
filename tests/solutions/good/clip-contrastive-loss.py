# An alternative correct solution: the cross-entropies from logaddexp reductions (lse minus
# the diagonal), the probabilities from exp(Z - lse), and the normalisation's backward pass
# in terms of x rather than of u.
import numpy as np


def _lse(z, axis):
    return np.logaddexp.reduce(z, axis=axis)  # logaddexp one pair at a time: never overflows


def _through_normalisation(x, d_u):
    # d(x / |x|) applied to d_u, written out: d_u / |x| - x (x . d_u) / |x|^3.
    norm = np.sqrt(np.einsum("nd,nd->n", x, x))[:, None]
    radial = np.einsum("nd,nd->n", x, d_u)[:, None]
    return d_u / norm - x * radial / norm**3


def clip_loss(image_emb, text_emb, logit_scale):
    n = len(image_emb)
    u = image_emb / np.sqrt((image_emb**2).sum(axis=1, keepdims=True))
    v = text_emb / np.sqrt((text_emb**2).sum(axis=1, keepdims=True))
    s = np.exp(logit_scale)
    z = s * np.einsum("id,jd->ij", u, v)
    lse_rows, lse_cols = _lse(z, 1), _lse(z, 0)
    diag = np.diag(z)
    loss = 0.5 * (np.mean(lse_rows - diag) + np.mean(lse_cols - diag))
    p_rows = np.exp(z - lse_rows[:, None])
    p_cols = np.exp(z - lse_cols[None, :])
    d_z = 0.5 * (p_rows + p_cols) / n
    d_z[np.diag_indices(n)] -= 1.0 / n
    d_u = s * (d_z @ v)
    d_v = s * (d_z.T @ u)
    grad_image = _through_normalisation(image_emb, d_u)
    grad_text = _through_normalisation(text_emb, d_v)
    return max(float(loss), 0.0), grad_image, grad_text, float(np.sum(d_z * z))
