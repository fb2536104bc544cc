"""Random bigram models: log-softmax of Gaussian logits with the end token made more or less
likely, several widths, lengths and length penalties, deterministic for the seed in problem.yaml."""

import math


def _table(rng, v, sharpness, end, end_bias):
    rows = []
    for _ in range(v):
        logits = [rng.gauss(0.0, sharpness) for _ in range(v)]
        logits[end] += end_bias
        top = max(logits)
        log_z = top + math.log(sum(math.exp(z - top) for z in logits))
        rows.append([max(-1000.0, min(0.0, z - log_z)) for z in logits])
    return rows


def _case(rng, v, k, n, alpha, sharpness=2.0, end_bias=0.0):
    end = rng.randrange(v)
    start = rng.randrange(v)
    table = _table(rng, v, sharpness, end, end_bias)
    return {"log_probs": table, "start": start, "end": end, "beam_width": k, "max_length": n, "length_penalty": alpha}


def generate(rng):
    yield {"name": "V=6, k=2, max 5, alpha 1", "args": _case(rng, 6, 2, 5, 1.0)}
    yield {"name": "V=20, k=4, max 12, alpha 1, end likely", "args": _case(rng, 20, 4, 12, 1.0, end_bias=2.0)}
    yield {"name": "V=50, k=5, max 20, alpha 0 (raw sums)", "args": _case(rng, 50, 5, 20, 0.0, end_bias=1.0)}
    yield {"name": "V=50, k=8, max 30, alpha 2 (long answers favoured)", "args": _case(rng, 50, 8, 30, 2.0, end_bias=1.5)}
    yield {"name": "V=30, k=3, max 15, alpha -1 (short answers favoured)", "args": _case(rng, 30, 3, 15, -1.0, end_bias=0.5)}
    yield {"name": "V=200, k=10, max 50, alpha 1", "args": _case(rng, 200, 10, 50, 1.0, sharpness=3.0, end_bias=3.0)}
    yield {"name": "V=10, k=5, max 8, flat model (sharpness 0.3)", "args": _case(rng, 10, 5, 8, 0.7, sharpness=0.3)}
