# expect: WA
# Draws a separate gap for every feature, so the new point is inside the box spanned by the
# two points but off the segment between them.
# says: one gap per feature moves the point off the segment
import numpy as np


def smote(X, y, k, seed):
    minority = np.argmin(np.bincount(y, minlength=2))
    P = X[y == minority]
    n_new = abs(int(np.sum(y == 0)) - int(np.sum(y == 1)))
    d2 = ((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2)
    np.fill_diagonal(d2, np.inf)
    nn = np.argsort(d2, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    s = rng.integers(0, len(P) * k, size=n_new)
    gap = rng.random((n_new, X.shape[1]))
    rows, cols = s // k, s % k
    return P[rows] + gap * (P[nn[rows, cols]] - P[rows])
