# expect: WA
# Lloyd is right, but k-means++ draws each next centre with probability proportional to D,
# the distance to the nearest centre, instead of D^2.
# says: weighted by D, the distance to the nearest centre
import numpy as np


def kmeans(kind, X, centroids, max_iter, tol, k, seeds):
    if kind == "kmeans++":
        out = []
        for seed in seeds:
            rng = np.random.default_rng(seed)
            chosen = [int(rng.integers(len(X)))]
            d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
            for _ in range(k - 1):
                chosen.append(int(rng.choice(len(X), p=np.sqrt(d2) / np.sqrt(d2).sum())))
                d2 = np.minimum(d2, ((X - X[chosen[-1]]) ** 2).sum(axis=1))
            out.append(chosen)
        return np.array(out, dtype=np.int64)
    c = centroids.copy()
    it = 0
    while it < max_iter:
        it += 1
        labels = ((X[:, None] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = c.copy()
        for j in range(len(c)):
            if np.any(labels == j):
                new[j] = X[labels == j].mean(axis=0)
        shift = np.sqrt(((new - c) ** 2).sum(axis=1)).max()
        c = new
        if shift <= tol:
            break
    return c, ((X[:, None] - c[None]) ** 2).sum(axis=2).argmin(axis=1), it
