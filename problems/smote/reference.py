import numpy as np


def smote(X, y, k, seed):
    counts = np.bincount(y, minlength=2)
    minority = int(np.argmin(counts))
    P = X[y == minority]  # the minority points, in their order in X
    m = len(P)
    n_new = int(counts.max() - counts.min())
    # Squared distances between minority points only; a point is not its own neighbour.
    d2 = np.sum((P[:, None, :] - P[None, :, :]) ** 2, axis=2)
    np.fill_diagonal(d2, np.inf)
    # A stable sort ranks equal distances by index: the tie rule.
    neighbours = np.argsort(d2, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, m * k, size=n_new)
    rows, cols = draws // k, draws % k
    gaps = rng.random(n_new)
    base = P[rows]
    return base + gaps[:, None] * (P[neighbours[rows, cols]] - base)
