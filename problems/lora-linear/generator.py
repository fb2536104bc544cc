"""Random layers and adapters of several sizes and ranks, deterministic for the seed in
problem.yaml: trained adapters (B != 0), a fresh one (B = 0), rank 1 and full rank, alpha
below, at and above r."""


def _matrix(rng, rows, cols, scale):
    return [[rng.gauss(0.0, scale) for _ in range(cols)] for _ in range(rows)]


def _case(rng, lead, d_in, d_out, r, alpha, fresh=False):
    x = _matrix(rng, lead[0], d_in, 1.0) if len(lead) == 1 else [_matrix(rng, lead[1], d_in, 1.0) for _ in range(lead[0])]
    return {
        "x": x,
        "W": _matrix(rng, d_out, d_in, d_in**-0.5),
        "b": [rng.uniform(-0.5, 0.5) for _ in range(d_out)],
        "A": _matrix(rng, r, d_in, d_in**-0.5),
        "B": [[0.0] * r for _ in range(d_out)] if fresh else _matrix(rng, d_out, r, 0.1),
        "alpha": alpha,
    }


def generate(rng):
    for lead, d_in, d_out, r, alpha in (
        ((8,), 16, 12, 4, 8.0),
        ((32,), 64, 32, 8, 16.0),
        ((4, 10), 32, 48, 2, 32.0),
        ((16,), 128, 64, 16, 8.0),
        ((2, 64), 256, 256, 64, 128.0),
        ((5,), 10, 7, 7, 1.0),
        ((64,), 512, 512, 32, 64.0),
    ):
        yield {"name": f"x {(*lead, d_in)}, out {d_out}, r {r}, alpha {alpha:g}", "args": _case(rng, lead, d_in, d_out, r, alpha)}
    yield {"name": "fresh adapter (B = 0): the base layer, x (16, 64), r 8", "args": _case(rng, (16,), 64, 32, 8, 16.0, fresh=True)}
    yield {"name": "rank 1, x (20, 40), alpha 4", "args": _case(rng, (20,), 40, 30, 1, 4.0)}
