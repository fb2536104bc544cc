# expect: WA
# Finds each minority point's k nearest neighbours among all the points, majority included:
# synthetic points land between the classes.
# says: the neighbours were searched among both classes
import numpy as np


def smote(X, y, k, seed):
    minority = np.argmin(np.bincount(y, minlength=2))
    idx = np.flatnonzero(y == minority)
    n_new = abs(int(np.sum(y == 0)) - int(np.sum(y == 1)))
    dist = np.linalg.norm(X[idx][:, None, :] - X[None, :, :], axis=2)
    dist[np.arange(len(idx)), idx] = np.inf  # not itself
    nn = np.argsort(dist, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    s = rng.integers(0, len(idx) * k, size=n_new)
    gap = rng.random(n_new)
    rows, cols = s // k, s % k
    base = X[idx][rows]
    return base + gap[:, None] * (X[nn[rows, cols]] - base)
