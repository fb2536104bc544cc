"""Blobs to cluster from given starting centroids (some far away, so clusters go empty), at
several sizes, dimensions, tolerances and iteration caps; and k-means++ seedings, among them
one of 2000 seeds for the statistical checks. Deterministic for the seed in problem.yaml; a
Lloyd case that is not well-posed (see validator.py) is redrawn."""

import importlib.util
from pathlib import Path

import numpy as np


def _validator():
    spec = importlib.util.spec_from_file_location("_kmeans_validator", Path(__file__).with_name("validator.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _blobs(local, n, d, centres, spread, sizes=None):
    centres = np.asarray(centres)
    labels = local.integers(0, len(centres), size=n) if sizes is None else np.repeat(np.arange(len(sizes)), sizes)
    X = centres[labels] + local.normal(0, spread, size=(n, d))
    return np.round(np.clip(X, -1000, 1000), 6)


def _lloyd(rng, n, d, k, max_iter, tol, blobs, box=10.0, spread=1.0, far=0, offset=0.0):
    local = np.random.default_rng(rng.randrange(2**32))
    check = _validator()
    while True:
        X = _blobs(local, n, d, local.uniform(-box, box, size=(blobs, d)) + offset, spread)
        start = X[local.choice(n, size=k - far, replace=False)]
        if far:  # starting centroids far from every point: their clusters stay empty
            start = np.concatenate([start, np.full((far, d), offset + 5 * box) + local.uniform(0, 1, size=(far, d))])
        args = {"kind": "lloyd", "X": X.tolist(), "centroids": np.round(start, 6).tolist(),
                "max_iter": max_iter, "tol": tol, "k": None, "seeds": None}
        try:
            check.validate(args)
            return args
        except AssertionError:
            continue


def _plusplus(rng, n, d, k, num_seeds, sizes=None, box=20.0):
    local = np.random.default_rng(rng.randrange(2**32))
    if sizes is not None:
        X = _blobs(local, n, d, local.uniform(-box, box, size=(len(sizes), d)), 1.0, sizes)
    else:
        X = _blobs(local, n, d, local.uniform(-box, box, size=(k, d)), 1.0)
    seeds = local.choice(2**32, size=num_seeds, replace=False).tolist()
    return {"kind": "kmeans++", "X": X.tolist(), "centroids": None, "max_iter": None, "tol": None, "k": k, "seeds": seeds}


def generate(rng):
    yield {"name": "lloyd: n=300, d=2, k=4, tol 0", "args": _lloyd(rng, 300, 2, 4, 100, 0.0, blobs=4)}
    yield {"name": "lloyd: n=2000, d=8, k=10, tol 1e-4", "args": _lloyd(rng, 2000, 8, 10, 300, 1e-4, blobs=8)}
    yield {"name": "lloyd: n=500, d=3, k=6, max_iter=2 (stops before converging)",
           "args": _lloyd(rng, 500, 3, 6, 2, 0.0, blobs=3, spread=3.0)}
    yield {"name": "lloyd: n=400, d=2, k=5, two starting centroids far away (empty clusters)",
           "args": _lloyd(rng, 400, 2, 5, 100, 0.0, blobs=3, far=2)}
    yield {"name": "lloyd: n=800, d=4, k=8, tol 0.5 (stops early)", "args": _lloyd(rng, 800, 4, 8, 100, 0.5, blobs=5, spread=2.0)}
    yield {"name": "lloyd: n=600, d=5, k=6, coordinates near 900",
           "args": _lloyd(rng, 600, 5, 6, 100, 0.0, blobs=6, offset=900.0, box=40.0)}
    yield {"name": "lloyd: n=300, d=1, k=3", "args": _lloyd(rng, 300, 1, 3, 100, 0.0, blobs=3)}
    yield {"name": "lloyd: n=5000, d=16, k=20 (largest)", "args": _lloyd(rng, 5000, 16, 20, 100, 1e-6, blobs=15, box=6.0)}
    yield {"name": "kmeans++: 2000 seeds, n=200, 5 blobs of 120/40/20/10/10 points, k=5 (statistical)",
           "args": _plusplus(rng, 200, 2, 5, 2000, sizes=[120, 40, 20, 10, 10])}
    yield {"name": "kmeans++: 500 seeds, n=1000, d=8, k=20", "args": _plusplus(rng, 1000, 8, 20, 500)}
    yield {"name": "kmeans++: 3 seeds, n=2000, d=16, k=10", "args": _plusplus(rng, 2000, 16, 10, 3)}
    yield {"name": "kmeans++: 4000 seeds, n=50, d=2, k=1 (the first centre alone, statistical)",
           "args": _plusplus(rng, 50, 2, 1, 4000)}
