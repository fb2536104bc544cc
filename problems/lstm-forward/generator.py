"""Random LSTMs, deterministic for the seed in problem.yaml: weights drawn as torch.nn.LSTM
initialises them (uniform in +-1/sqrt(H)) and larger ones that saturate the gates, given and
zero initial states, T = 1, B = 1, and the largest sizes (T = 64, B = 16, I = H = 32)."""


def _uniform(rng, shape, bound):
    if len(shape) == 1:
        return [rng.uniform(-bound, bound) for _ in range(shape[0])]
    return [_uniform(rng, shape[1:], bound) for _ in range(shape[0])]


def _case(rng, t, b, i, h, gain=1.0, x_scale=1.0, zero_state=False):
    bound = gain / h**0.5
    zeros = [[0.0] * h for _ in range(b)]
    return {
        "x": _uniform(rng, (t, b, i), x_scale),
        "h0": zeros if zero_state else _uniform(rng, (b, h), 1.0),
        "c0": zeros if zero_state else _uniform(rng, (b, h), 2.0),
        "weight_ih": _uniform(rng, (4 * h, i), bound),
        "weight_hh": _uniform(rng, (4 * h, h), bound),
        "bias_ih": _uniform(rng, (4 * h,), bound),
        "bias_hh": _uniform(rng, (4 * h,), bound),
    }


SHAPES = [
    # (T, B, I, H, gain, x_scale, zero_state, note)
    (10, 4, 8, 16, 1.0, 1.0, False, "torch's initialisation"),
    (64, 16, 32, 32, 1.0, 1.0, False, "the largest sizes"),
    (64, 1, 5, 8, 1.0, 1.0, True, "B = 1, a long sequence from a zero state"),
    (1, 16, 32, 32, 1.0, 1.0, False, "T = 1"),
    (1, 1, 7, 5, 1.0, 1.0, True, "T = 1, B = 1, zero state"),
    (20, 8, 6, 12, 20.0, 5.0, False, "weights 20 times larger: saturated gates"),
    (16, 4, 10, 6, 100.0, 50.0, False, "pre-activations in the thousands"),
    (30, 3, 4, 20, 3.0, 1.0, False, "weights 3 times larger"),
    (12, 5, 1, 1, 1.0, 1.0, False, "I = H = 1"),
]


def generate(rng):
    for t, b, i, h, gain, x_scale, zero_state, note in SHAPES:
        name = f"T={t}, B={b}, I={i}, H={h}: {note}"
        yield {"name": name, "args": _case(rng, t, b, i, h, gain, x_scale, zero_state)}
    for _ in range(4):
        t, b, i, h = rng.randint(1, 40), rng.randint(1, 10), rng.randint(1, 20), rng.randint(1, 20)
        gain = rng.choice([0.5, 1.0, 2.0, 10.0])
        yield {"name": f"T={t}, B={b}, I={i}, H={h}: random, weights x{gain:g}", "args": _case(rng, t, b, i, h, gain)}
