"""Random distributions of several sizes and sharpnesses, with zeros, near-equal pairs and
tiny probabilities, deterministic for the seed in problem.yaml."""


def _row(rng, c, concentration, zeros=0):
    weights = [rng.gammavariate(concentration, 1.0) for _ in range(c)]
    for j in rng.sample(range(c), zeros):
        weights[j] = 0.0
    if not any(weights):
        weights[rng.randrange(c)] = 1.0
    total = sum(weights)
    row = [w / total for w in weights]
    # The constraints allow 0 or [1e-300, 1]: a sharp draw can fall below that.
    return [v if v >= 1e-300 else 0.0 for v in row]


def _pair(rng, n, c, concentration, zeros=0):
    p = [_row(rng, c, concentration, zeros) for _ in range(n)]
    q = [_row(rng, c, concentration, zeros) for _ in range(n)]
    return {"p": p, "q": q}


def _nudged(rng, row, size):
    weights = [v * (1 + rng.uniform(-size, size)) for v in row]
    total = sum(weights)
    return [w / total for w in weights]


def generate(rng):
    yield {"name": "N=8, C=5", "args": _pair(rng, 8, 5, 1.0)}
    yield {"name": "N=64, C=10", "args": _pair(rng, 64, 10, 1.0)}
    yield {"name": "N=256, C=100, sharp (Dirichlet 0.1)", "args": _pair(rng, 256, 100, 0.1)}
    yield {"name": "N=4, C=1000", "args": _pair(rng, 4, 1000, 1.0)}
    yield {"name": "N=100, C=1000 (10^5 entries)", "args": _pair(rng, 100, 1000, 2.0)}
    p = [_row(rng, 20, 1.0, zeros=rng.randint(1, 15)) for _ in range(30)]
    q = [_row(rng, 20, 1.0) for _ in range(30)]
    yield {"name": "N=30, C=20, zeros in p only", "args": {"p": p, "q": q}}
    p = [_row(rng, 50, 1.0) for _ in range(40)]
    yield {"name": "N=40, C=50, q within 1e-6 of p (KL ~ 1e-13)", "args": {"p": p, "q": [_nudged(rng, row, 1e-6) for row in p]}}
    p = [_row(rng, 30, 0.02) for _ in range(50)]
    q = [_row(rng, 30, 0.02) for _ in range(50)]
    yield {"name": "N=50, C=30, very sharp (Dirichlet 0.02): tiny probabilities and zeros", "args": {"p": p, "q": q}}
    p, q = [], []
    for _ in range(16):
        row = _row(rng, 12, 1.0, zeros=4)
        other = _row(rng, 12, 1.0)
        if rng.random() < 0.5:  # q misses part of p's support: that row's KL is inf
            other[next(j for j, v in enumerate(row) if v > 0)] = 0.0
            total = sum(other)
            other = [v / total for v in other]
        p.append(row)
        q.append(other)
    yield {"name": "N=16, C=12, some rows with q = 0 where p > 0", "args": {"p": p, "q": q}}
