"""Imbalanced two-class data sets at several sizes, dimensions and k, minority points
interleaved with majority ones, far from the origin, in clusters; deterministic for the seed in
problem.yaml. A draw whose neighbour ranking is not well-posed (see validator.py) is redrawn."""

import numpy as np


def _well_posed(X, P, k):
    d2 = np.sum((P[:, None, :] - P[None, :, :]) ** 2, axis=2)
    np.fill_diagonal(d2, np.inf)
    gaps = np.diff(np.sort(d2, axis=1)[:, : k + 1], axis=1)
    return bool(np.all(gaps > 1e-9 * (1 + float(np.max(np.sum(X * X, axis=1))))))


def _case(rng, n_major, n_minor, d, k, scale=1.0, offset=0.0, minority=1, clusters=0):
    local = np.random.default_rng(rng.randrange(2**32))
    while True:
        if clusters:
            centres = local.normal(0, 5 * scale, size=(clusters, d))
            minor = centres[local.integers(0, clusters, size=n_minor)] + local.normal(0, scale, size=(n_minor, d))
        else:
            minor = local.normal(0, scale, size=(n_minor, d)) + 0.5 * scale
        major = local.normal(0, scale, size=(n_major, d))
        X = np.round(np.clip(np.concatenate([minor, major]) + offset, -1000, 1000), 6)
        y = np.array([minority] * n_minor + [1 - minority] * n_major)
        order = local.permutation(len(y))  # classes interleaved in X
        X, y = X[order], y[order]
        if _well_posed(X, X[y == minority], k):
            break
    return {"X": X.tolist(), "y": y.tolist(), "k": k, "seed": int(local.integers(2**32))}


def generate(rng):
    yield {"name": "n=120, d=2, 20 minority, k=5", "args": _case(rng, 100, 20, 2, 5)}
    yield {"name": "n=1100, d=8, 100 minority (label 0), k=5", "args": _case(rng, 1000, 100, 8, 5, minority=0)}
    yield {"name": "n=54, d=3, 4 minority, k=3 (every other minority point a neighbour)", "args": _case(rng, 50, 4, 3, 3)}
    yield {"name": "n=400, d=4, 60 minority in 3 clusters, k=7", "args": _case(rng, 340, 60, 4, 7, clusters=3)}
    yield {"name": "n=600, d=5, 100 minority, k=1", "args": _case(rng, 500, 100, 5, 1)}
    yield {"name": "n=300, d=6, 50 minority around 900, k=5", "args": _case(rng, 250, 50, 6, 5, scale=3.0, offset=900.0)}
    yield {"name": "n=2300, d=16, 300 minority, k=10 (largest)", "args": _case(rng, 2000, 300, 16, 10, minority=0)}
    yield {"name": "n=250, d=1, 40 minority, k=4", "args": _case(rng, 210, 40, 1, 4)}
