"""Random binary problems (overlapping blobs, separable ones, features of wildly different
scales), deterministic for the seed in problem.yaml.

Learning rates are set from the loss's curvature bound L = lambda_max(A^T A) / (4N) + l2,
A = [X, 1], so that gradient descent is a contraction (lr * L < 2) except where a case says
otherwise: then rounding differences between correct solutions do not grow over the epochs.
"""

import numpy as np


def _blobs(gen, n, d, separation, scale=1.0):
    y = gen.integers(0, 2, size=n)
    centre = gen.normal(0.0, 1.0, size=d)
    centre *= separation / max(np.linalg.norm(centre), 1e-12)
    X = gen.normal(0.0, 1.0, size=(n, d)) + np.where(y[:, None] == 1, centre, -centre)
    return X * scale, y


def _curvature(X, l2):
    n = X.shape[0]
    A = np.hstack([X, np.ones((n, 1))])
    return float(np.linalg.eigvalsh(A.T @ A / n).max()) / 4.0 + l2


def _case(X, y, lr, epochs, l2):
    return {"X": X.tolist(), "y": [int(v) for v in y], "lr": float(lr), "epochs": int(epochs), "l2": float(l2)}


def generate(rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    for n, d, epochs, l2, step in ((40, 2, 50, 0.01, 1.0), (200, 10, 200, 0.1, 1.5),
                                   (1000, 50, 300, 0.001, 1.0), (400, 20, 1000, 0.0, 0.5)):
        X, y = _blobs(gen, n, d, separation=1.0)
        lr = step / _curvature(X, l2)
        yield {"name": f"N={n}, D={d}, {epochs} epochs, l2={l2}", "args": _case(X, y, lr, epochs, l2)}

    # Far apart and separable, a large step: the logits reach the thousands within a few epochs.
    X, y = _blobs(gen, 100, 4, separation=30.0)
    yield {"name": "separable, logits in the thousands", "args": _case(X, y, 5.0, 100, 0.0)}
    X, y = _blobs(gen, 60, 3, separation=50.0)
    yield {"name": "separable, logits in the thousands, l2=0.01", "args": _case(X, y, 2.0, 80, 0.01)}

    # Columns on scales from 1e-2 to 1e4: the step must be tiny for the large column.
    X, y = _blobs(gen, 300, 5, separation=1.5)
    X *= np.array([1e-2, 1.0, 1e2, 1e3, 1e4]) / np.abs(X).max(axis=0)  # each column's largest |x| is its scale
    yield {"name": "feature scales 1e-2 to 1e4", "args": _case(X, y, 1.0 / _curvature(X, 0.05), 200, 0.05)}

    X, y = _blobs(gen, 120, 6, separation=0.8)
    yield {"name": "strong L2 (l2=10)", "args": _case(X, y, 1.0 / _curvature(X, 10.0), 100, 10.0)}
