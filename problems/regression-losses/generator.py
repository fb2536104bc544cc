"""Random linear-regression batches for every loss and penalty, and integer ones whose
residuals and weights hit 0 (and |r| = delta) exactly, deterministic for the seed in
problem.yaml."""


def _gauss(rng, count, scale, bound):
    return [max(-bound, min(bound, rng.gauss(0.0, scale))) for _ in range(count)]


def _case(rng, n, p, loss, penalty, noise=1.0, delta=1.0, lam=0.1, l1_ratio=0.5):
    X = [_gauss(rng, p, 1.0, 10.0) for _ in range(n)]
    w = _gauss(rng, p, 1.0, 10.0)
    # y near X @ w so that Huber sees residuals on both sides of delta
    y = [max(-100.0, min(100.0, sum(a * b for a, b in zip(row, w)) + rng.gauss(0.0, noise))) for row in X]
    return {"X": X, "w": w, "y": y, "loss": loss, "delta": delta, "penalty": penalty, "lam": lam, "l1_ratio": l1_ratio}


def _exact(rng, n, p, loss, penalty, delta=2.0, lam=0.5, l1_ratio=0.25):
    """Small integers: X @ w and the residuals are exact in any summation order, so the
    residuals that are 0 (or +-delta) are exactly that for every correct solution."""
    X = [[float(rng.randint(-3, 3)) for _ in range(p)] for _ in range(n)]
    w = [float(rng.choice((0, 0, 1, -1, 2, -3))) for _ in range(p)]
    y = []
    for row in X:
        pred = sum(a * b for a, b in zip(row, w))
        y.append(pred + float(rng.choice((0, 0, 1, -1, 2, -2, 5))))
    return {"X": X, "w": w, "y": y, "loss": loss, "delta": delta, "penalty": penalty, "lam": lam, "l1_ratio": l1_ratio}


def generate(rng):
    yield {"name": "mse + l2, N=50, P=5", "args": _case(rng, 50, 5, "mse", "l2", lam=0.01)}
    yield {"name": "mae + l1, N=64, P=8", "args": _case(rng, 64, 8, "mae", "l1", lam=0.05)}
    yield {"name": "huber(1) + elastic_net, N=100, P=10", "args": _case(rng, 100, 10, "huber", "elastic_net", noise=2.0)}
    yield {"name": "huber(0.5) + none, N=200, P=3", "args": _case(rng, 200, 3, "huber", "none", noise=1.0, delta=0.5, lam=0.0)}
    yield {"name": "mse + elastic_net(l1_ratio 0.9), N=1000, P=20",
           "args": _case(rng, 1000, 20, "mse", "elastic_net", lam=1.0, l1_ratio=0.9)}
    yield {"name": "mae + none, N=10000, P=20", "args": _case(rng, 10000, 20, "mae", "none", lam=0.0)}
    yield {"name": "huber(3) + l2, N=2000, P=100", "args": _case(rng, 2000, 100, "huber", "l2", noise=5.0, delta=3.0, lam=0.3)}
    yield {"name": "mse + l1, N=1, P=1", "args": _case(rng, 1, 1, "mse", "l1", lam=2.0)}
    yield {"name": "mae + l1, integers: zero residuals and zero weights", "args": _exact(rng, 40, 6, "mae", "l1")}
    yield {"name": "huber(2) + elastic_net, integers: |r| = 0 and |r| = delta", "args": _exact(rng, 40, 6, "huber", "elastic_net")}
    yield {"name": "mse + elastic_net, integers: zero weights", "args": _exact(rng, 30, 7, "mse", "elastic_net", l1_ratio=1.0)}
