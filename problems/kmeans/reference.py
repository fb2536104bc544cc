import numpy as np


def _assign(X, centroids):
    # Squared distances, each as a sum of squared differences; argmin takes the first of equal
    # minima, so a tie goes to the lowest centroid index.
    d2 = np.sum((X[:, None, :] - centroids[None, :, :]) ** 2, axis=2)
    return np.argmin(d2, axis=1)


def _lloyd(X, centroids, max_iter, tol):
    centroids = np.array(centroids, dtype=np.float64)
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        labels = _assign(X, centroids)
        moved = centroids.copy()  # an empty cluster keeps its centroid
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                moved[j] = members.mean(axis=0)
        shift = float(np.max(np.sqrt(np.sum((moved - centroids) ** 2, axis=1))))
        centroids = moved
        if shift <= tol:
            break
    return centroids, _assign(X, centroids).astype(np.int64), iteration


def _plusplus(X, k, seed):
    rng = np.random.default_rng(seed)
    chosen = [int(rng.integers(len(X)))]
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
    for _ in range(1, k):
        # D^2 weighting: a point already chosen (or a copy of one) has d2 = 0 and is never drawn.
        chosen.append(int(rng.choice(len(X), p=d2 / d2.sum())))
        d2 = np.minimum(d2, np.sum((X - X[chosen[-1]]) ** 2, axis=1))
    return chosen


def kmeans(kind, X, centroids, max_iter, tol, k, seeds):
    if kind == "lloyd":
        return _lloyd(X, centroids, max_iter, tol)
    return np.array([_plusplus(X, k, seed) for seed in seeds], dtype=np.int64).reshape(len(seeds), k)
