"""Random vocabularies at several temperatures and nucleus sizes, with enough samples for the
statistical checks, deterministic for the seed in problem.yaml."""

import math


def _cumulative(logits, t):
    z = [x / t for x in logits]
    top = max(z)
    e = [math.exp(x - top) for x in z]
    s = sum(e)
    running, out = 0.0, []
    for q in sorted((x / s for x in e), reverse=True):
        running += q
        out.append(running)
    return out


def _case(rng, v, scale, t, p, n):
    logits = [max(-1000.0, min(1000.0, rng.gauss(0.0, scale))) for _ in range(v)]
    while p < 1 and any(abs(c - p) <= 1e-6 for c in _cumulative(logits, t)):
        p = min(0.999, p + 1e-4)
    return {"logits": logits, "temperature": t, "p": p, "seed": rng.randrange(2**32), "num_samples": n}


def generate(rng):
    yield {"name": "V=10, T=1, p=0.9, 20000 samples", "args": _case(rng, 10, 1.0, 1.0, 0.9, 20000)}
    yield {"name": "V=100, T=0.7, p=0.5, 10^5 samples", "args": _case(rng, 100, 2.0, 0.7, 0.5, 10**5)}
    yield {"name": "V=1000, T=1.5, p=0.95, 50000 samples", "args": _case(rng, 1000, 3.0, 1.5, 0.95, 50000)}
    yield {"name": "V=50, T=2, p=0.3, 10^5 samples", "args": _case(rng, 50, 1.0, 2.0, 0.3, 10**5)}
    yield {"name": "V=200, T=1, p=1 (no filtering), 10^5 samples", "args": _case(rng, 200, 1.0, 1.0, 1.0, 10**5)}
    yield {"name": "V=20, T=0.01 (near greedy), p=0.9", "args": _case(rng, 20, 1.0, 0.01, 0.9, 10000)}
    yield {"name": "V=30, logits up to +-1000, T=100, p=0.8", "args": _case(rng, 30, 500.0, 100.0, 0.8, 50000)}
    yield {"name": "V=64, T=1, p=0.7, 5 samples", "args": _case(rng, 64, 1.5, 1.0, 0.7, 5)}
