# expect: WA
# The neighbours are right, but the minority point and the neighbour's column come from two
# separate integer draws instead of the statement's single index s in [0, m * k).
# says: the point and the neighbour come from two separate draws
import numpy as np


def smote(X, y, k, seed):
    minority = np.argmin(np.bincount(y, minlength=2))
    P = X[y == minority]
    n_new = abs(int(np.sum(y == 0)) - int(np.sum(y == 1)))
    out = np.empty((n_new, X.shape[1]))
    d2 = ((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2)
    np.fill_diagonal(d2, np.inf)
    nn = np.argsort(d2, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, len(P), size=n_new)
    cols = rng.integers(0, k, size=n_new)
    gap = rng.random(n_new)
    for j in range(n_new):
        out[j] = P[rows[j]] + gap[j] * (P[nn[rows[j], cols[j]]] - P[rows[j]])
    return out
