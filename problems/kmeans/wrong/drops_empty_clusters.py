# expect: WA
# Keeps only the clusters that got points: the centroid of an empty cluster is dropped, and
# fewer than k centroids come back.
# says: an empty cluster keeps its centroid
import numpy as np


def kmeans(kind, X, centroids, max_iter, tol, k, seeds):
    if kind == "kmeans++":
        out = []
        for seed in seeds:
            rng = np.random.default_rng(seed)
            chosen = [int(rng.integers(len(X)))]
            d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
            for _ in range(k - 1):
                chosen.append(int(rng.choice(len(X), p=d2 / d2.sum())))
                d2 = np.minimum(d2, ((X - X[chosen[-1]]) ** 2).sum(axis=1))
            out.append(chosen)
        return np.array(out, dtype=np.int64)
    c = centroids.copy()
    it = 0
    while it < max_iter:
        it += 1
        labels = ((X[:, None] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = np.array([X[labels == j].mean(axis=0) for j in range(len(c)) if np.any(labels == j)])
        shift = np.sqrt(((new - c[: len(new)]) ** 2).sum(axis=1)).max() if len(new) == len(c) else np.inf
        c = new
        if shift <= tol:
            break
    labels = ((X[:, None] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
    return c, labels, it
