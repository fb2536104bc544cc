"""Mixtures to fit, from a starting point a few steps away from the truth, at several sizes,
dimensions and regularisers, plus far-away points; deterministic for the seed in problem.yaml."""

import math


def _unit_cov(rng, d, low, high):
    """A random covariance: a random rotation of eigenvalues drawn log-uniformly in [low, high]."""
    import numpy as np

    local = np.random.default_rng(rng.randrange(2**32))
    q, _ = np.linalg.qr(local.normal(size=(d, d)))
    eig = np.exp(local.uniform(math.log(low), math.log(high), size=d))
    cov = (q * eig) @ q.T
    return ((cov + cov.T) / 2).tolist()


def _mixture_case(rng, n, d, k, spread, reg, far=0):
    import numpy as np

    local = np.random.default_rng(rng.randrange(2**32))
    centres = local.uniform(-spread, spread, size=(k, d))
    labels = local.integers(0, k, size=n)
    X = centres[labels] + local.normal(size=(n, d))
    if far:
        # A few points far from every component: each log N(x | k) is near -1e5.
        X[:far] = local.choice([-1.0, 1.0], size=(far, d)) * local.uniform(90, 100, size=(far, d))
    X = np.clip(X, -100, 100)
    # Start at k distinct data points (no point far away), with the same isotropic covariance.
    start = local.choice(np.arange(far, n), size=k, replace=False)
    weights = local.dirichlet(np.full(k, 5.0))
    weights = np.maximum(weights, 1e-3)
    weights /= weights.sum()
    return {
        "X": X.tolist(),
        "weights": weights.tolist(),
        "means": X[start].tolist(),
        "covariances": [_unit_cov(rng, d, 0.5, 2.0) for _ in range(k)],
        "reg_covar": reg,
    }


def generate(rng):
    yield {"name": "n=200, d=2, K=3, reg 1e-6", "args": _mixture_case(rng, 200, 2, 3, 5.0, 1e-6)}
    yield {"name": "n=500, d=5, K=4, reg 1e-3", "args": _mixture_case(rng, 500, 5, 4, 4.0, 1e-3)}
    yield {"name": "n=60, d=1, K=2, reg 0", "args": _mixture_case(rng, 60, 1, 2, 3.0, 0.0)}
    yield {"name": "n=300, d=3, K=3, reg 0", "args": _mixture_case(rng, 300, 3, 3, 3.0, 0.0)}
    yield {"name": "n=400, d=2, K=2, 20 points ~100 away from every component, reg 1e-6",
           "args": _mixture_case(rng, 400, 2, 2, 3.0, 1e-6, far=20)}
    yield {"name": "n=100, d=4, K=1, reg 1e-2", "args": _mixture_case(rng, 100, 4, 1, 2.0, 1e-2)}
    yield {"name": "n=2000, d=8, K=8, reg 1e-6 (largest)", "args": _mixture_case(rng, 2000, 8, 8, 6.0, 1e-6)}
    yield {"name": "n=1000, d=6, K=5, 50 far points, reg 0", "args": _mixture_case(rng, 1000, 6, 5, 5.0, 0.0, far=50)}
