# expect: WA
# Random initialisation in place of k-means++: k distinct points drawn uniformly.
# says: the centres were drawn uniformly
import numpy as np


def _lloyd(X, c, max_iter, tol):
    it = 0
    while it < max_iter:
        it += 1
        labels = np.linalg.norm(X[:, None] - c[None], axis=2).argmin(axis=1)
        new = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else c[j] for j in range(len(c))])
        shift = np.linalg.norm(new - c, axis=1).max()
        c = new
        if shift <= tol:
            break
    return c, np.linalg.norm(X[:, None] - c[None], axis=2).argmin(axis=1), it


def kmeans(kind, X, centroids, max_iter, tol, k, seeds):
    if kind == "lloyd":
        return _lloyd(X, centroids.copy(), max_iter, tol)
    return np.array([np.random.default_rng(seed).choice(len(X), size=k, replace=False) for seed in seeds], dtype=np.int64)
