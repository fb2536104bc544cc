# expect: WA
# Ranks every minority point by distance and takes the first k: the first is the point itself
# (distance 0), so some synthetic points are copies of minority points.
# says: neighbours include the point itself
import numpy as np


def smote(X, y, k, seed):
    minority = np.argmin(np.bincount(y, minlength=2))
    P = X[y == minority]
    n_new = abs(int(np.sum(y == 0)) - int(np.sum(y == 1)))
    dist = np.linalg.norm(P[:, None, :] - P[None, :, :], axis=2)
    nn = np.argsort(dist, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    s = rng.integers(0, len(P) * k, size=n_new)
    gap = rng.random(n_new)
    rows, cols = s // k, s % k
    return P[rows] + gap[:, None] * (P[nn[rows, cols]] - P[rows])
