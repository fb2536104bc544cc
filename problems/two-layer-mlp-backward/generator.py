"""Random networks and batches, deterministic for the seed in problem.yaml. Pre-activations
near ReLU's kink (|a| < 1e-3) are nudged away, so finite differences never straddle the kink."""


def _matrix(rng, rows, cols, scale):
    return [[rng.gauss(0.0, scale) for _ in range(cols)] for _ in range(rows)]


def _vector(rng, n, scale, centre=0.0):
    return [centre + rng.gauss(0.0, scale) for _ in range(n)]


def _away_from_kink(x, w1, b1):
    """Shift b1[j] until every example's pre-activation of unit j is at least 1e-3 from 0."""
    for j in range(len(b1)):
        while True:
            a = [sum(row[i] * w1[i][j] for i in range(len(row))) + b1[j] for row in x]
            if all(abs(v) >= 1e-3 for v in a):
                break
            b1[j] += 3e-3
    return b1


def _case(rng, n, d, h, c, weight_scale=1.0, bias_centre=0.0, logit_scale=1.0):
    x = _matrix(rng, n, d, 1.0)
    w1 = _matrix(rng, d, h, weight_scale / d**0.5)
    b1 = _away_from_kink(x, w1, _vector(rng, h, 0.1, bias_centre))
    return {
        "x": x,
        "labels": [rng.randrange(c) for _ in range(n)],
        "W1": w1,
        "b1": b1,
        "W2": _matrix(rng, h, c, logit_scale / h**0.5),
        "b2": _vector(rng, c, 0.1),
    }


def generate(rng):
    yield {"name": "N=8, D=4, H=6, C=3", "args": _case(rng, 8, 4, 6, 3)}
    yield {"name": "N=32, D=16, H=32, C=10", "args": _case(rng, 32, 16, 32, 10)}
    yield {"name": "N=128, D=64, H=64, C=20", "args": _case(rng, 128, 64, 64, 20)}
    yield {"name": "N=16, D=8, H=16, C=5, logits in the hundreds", "args": _case(rng, 16, 8, 16, 5, logit_scale=300.0)}
    yield {"name": "N=24, D=10, H=20, C=4, most units dead", "args": _case(rng, 24, 10, 20, 4, bias_centre=-1.0)}
    yield {"name": "N=1, D=12, H=8, C=6", "args": _case(rng, 1, 12, 8, 6)}
