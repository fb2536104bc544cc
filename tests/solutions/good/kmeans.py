# Written unlike the reference: distances by the |x|^2 - 2 x.c + |c|^2 expansion, means by
# np.add.at and bincount, a while loop; k-means++ by drawing u = rng.random() and searching the
# cumulative D^2 weights itself, which is what rng.choice(n, p=...) does with the same draw.
import numpy as np


def _nearest(X, c):
    d2 = (X * X).sum(axis=1)[:, None] - 2.0 * X @ c.T + (c * c).sum(axis=1)[None, :]
    return d2.argmin(axis=1)


def kmeans(kind, X, centroids, max_iter, tol, k, seeds):
    if kind == "lloyd":
        c = np.array(centroids, dtype=float)
        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            labels = _nearest(X, c)
            sums = np.zeros_like(c)
            np.add.at(sums, labels, X)
            counts = np.bincount(labels, minlength=len(c))
            new = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], c)
            moved = np.linalg.norm(new - c, axis=1).max()
            c = new
            if moved <= tol:
                break
        return c, _nearest(X, c).astype(np.int64), n_iter
    n = len(X)
    rows = []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        picks = [int(rng.integers(n))]
        best = np.linalg.norm(X - X[picks[0]], axis=1) ** 2
        while len(picks) < k:
            cdf = np.cumsum(best)
            u = rng.random()
            picks.append(int(np.searchsorted(cdf / cdf[-1], u, side="right")))
            best = np.minimum(best, np.linalg.norm(X - X[picks[-1]], axis=1) ** 2)
        rows.append(picks)
    return np.array(rows, dtype=np.int64).reshape(len(seeds), k)
