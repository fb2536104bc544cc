"""Random batches at several scales, gammas and weights, and the numerically nasty ones,
deterministic for the seed in problem.yaml."""


def _case(rng, n, c, scale, gamma, weighted, centre=0.0):
    logits = [[centre + rng.gauss(0.0, scale) for _ in range(c)] for _ in range(n)]
    alpha = [rng.random() for _ in range(c)] if weighted else None
    return {"logits": logits, "labels": [rng.randrange(c) for _ in range(n)], "gamma": gamma, "alpha": alpha}


def generate(rng):
    yield {"name": "N=8, C=5, gamma=2, alpha", "args": _case(rng, 8, 5, 1.0, 2.0, True)}
    yield {"name": "N=32, C=10, gamma=0, no alpha (cross-entropy)", "args": _case(rng, 32, 10, 5.0, 0.0, False)}
    yield {"name": "N=256, C=100, gamma=1, alpha", "args": _case(rng, 256, 100, 3.0, 1.0, True)}
    yield {"name": "N=4, C=1000, gamma=0.5, no alpha", "args": _case(rng, 4, 1000, 2.0, 0.5, False)}
    yield {"name": "N=64, C=20, gamma=3.7, alpha", "args": _case(rng, 64, 20, 4.0, 3.7, True)}
    huge = [[rng.choice((1000.0, -1000.0)) + rng.uniform(-3, 3) for _ in range(6)] for _ in range(12)]
    yield {"name": "N=12, C=6, logits near +-1000, gamma=2, alpha",
           "args": {"logits": huge, "labels": [rng.randrange(6) for _ in range(12)], "gamma": 2.0,
                    "alpha": [rng.random() for _ in range(6)]}}
    far = [[rng.uniform(-1e4, 1e4) for _ in range(8)] for _ in range(10)]
    yield {"name": "N=10, C=8, logits up to +-10^4, gamma=2",
           "args": {"logits": far, "labels": [rng.randrange(8) for _ in range(10)], "gamma": 2.0, "alpha": None}}
    yield {"name": "N=16, C=4, every logit near 1000, gamma=1.5, alpha", "args": _case(rng, 16, 4, 0.5, 1.5, True, centre=1000.0)}
