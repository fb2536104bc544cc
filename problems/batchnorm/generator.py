"""Random batches in both modes, features on different scales, deterministic for the seed in
problem.yaml. Each random batch appears once per mode: both must pass."""


def _case(rng, n, d, training, spread=1.0):
    centres = [rng.uniform(-5, 5) * spread for _ in range(d)]
    scales = [rng.choice((0.01, 0.1, 1.0, 10.0)) * spread for _ in range(d)]
    return {
        "x": [[rng.gauss(centres[j], scales[j]) for j in range(d)] for _ in range(n)],
        "gamma": [rng.uniform(0.5, 2.0) for _ in range(d)],
        "beta": [rng.uniform(-1, 1) for _ in range(d)],
        "running_mean": [rng.uniform(-1, 1) for _ in range(d)],
        "running_var": [rng.uniform(0.5, 2.0) for _ in range(d)],
        "momentum": rng.choice((0.1, 0.01, 0.5)),
        "eps": 1e-5,
        "training": training,
    }


def generate(rng):
    for n, d, spread in ((16, 8, 1.0), (64, 32, 1.0), (512, 128, 1.0), (32, 4, 100.0)):
        for training in (True, False):
            mode = "train" if training else "eval"
            yield {"name": f"N={n}, D={d}, {mode}", "args": _case(rng, n, d, training, spread)}
