"""Random batches at several scales, and the numerically nasty ones, deterministic for the
seed in problem.yaml."""


def _batch(rng, n, c, scale, centre=0.0):
    logits = [[centre + rng.gauss(0.0, scale) for _ in range(c)] for _ in range(n)]
    return {"logits": logits, "labels": [rng.randrange(c) for _ in range(n)]}


def generate(rng):
    yield {"name": "N=8, C=5, N(0, 1)", "args": _batch(rng, 8, 5, 1.0)}
    yield {"name": "N=32, C=10, N(0, 5)", "args": _batch(rng, 32, 10, 5.0)}
    yield {"name": "N=256, C=100, N(0, 3)", "args": _batch(rng, 256, 100, 3.0)}
    yield {"name": "N=4, C=1000", "args": _batch(rng, 4, 1000, 2.0)}
    huge = [[rng.choice((1000.0, -1000.0)) + rng.uniform(-3, 3) for _ in range(6)] for _ in range(12)]
    yield {"name": "N=12, C=6, logits near +-1000", "args": {"logits": huge, "labels": [rng.randrange(6) for _ in range(12)]}}
    far = [[rng.uniform(-1e4, 1e4) for _ in range(8)] for _ in range(10)]
    yield {"name": "N=10, C=8, logits up to +-10^4", "args": {"logits": far, "labels": [rng.randrange(8) for _ in range(10)]}}
    yield {"name": "N=16, C=4, every logit near 1000", "args": _batch(rng, 16, 4, 0.5, centre=1000.0)}
