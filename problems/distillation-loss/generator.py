"""Random students and teachers at several scales, temperatures and weights, and the
numerically nasty ones, deterministic for the seed in problem.yaml."""


def _logits(rng, n, c, scale, centre=0.0):
    return [[centre + rng.gauss(0.0, scale) for _ in range(c)] for _ in range(n)]


def _case(rng, n, c, scale, temperature, alpha):
    teacher = _logits(rng, n, c, scale)
    # A student that half agrees with its teacher, as in training.
    student = [[0.5 * v + rng.gauss(0.0, scale) for v in row] for row in teacher]
    return {"student_logits": student, "teacher_logits": teacher, "labels": [rng.randrange(c) for _ in range(n)],
            "temperature": temperature, "alpha": alpha}


def generate(rng):
    yield {"name": "N=8, C=5, T=2, alpha=0.5", "args": _case(rng, 8, 5, 1.0, 2.0, 0.5)}
    yield {"name": "N=32, C=10, T=4, alpha=0.9", "args": _case(rng, 32, 10, 5.0, 4.0, 0.9)}
    yield {"name": "N=256, C=100, T=3, alpha=0.7", "args": _case(rng, 256, 100, 3.0, 3.0, 0.7)}
    yield {"name": "N=4, C=1000, T=10, alpha=0.3", "args": _case(rng, 4, 1000, 2.0, 10.0, 0.3)}
    yield {"name": "N=16, C=8, T=1.5, alpha=0.25", "args": _case(rng, 16, 8, 2.0, 1.5, 0.25)}
    huge = lambda: [[rng.choice((1000.0, -1000.0)) + rng.uniform(-3, 3) for _ in range(6)] for _ in range(12)]  # noqa: E731
    yield {"name": "N=12, C=6, logits near +-1000, T=5", "args": {"student_logits": huge(), "teacher_logits": huge(),
           "labels": [rng.randrange(6) for _ in range(12)], "temperature": 5.0, "alpha": 0.5}}
    far = lambda: [[rng.uniform(-1e4, 1e4) for _ in range(8)] for _ in range(10)]  # noqa: E731
    yield {"name": "N=10, C=8, logits up to +-10^4, T=1", "args": {"student_logits": far(), "teacher_logits": far(),
           "labels": [rng.randrange(8) for _ in range(10)], "temperature": 1.0, "alpha": 0.5}}
    yield {"name": "N=16, C=4, every logit near 1000, T=8", "args": {"student_logits": _logits(rng, 16, 4, 0.5, 1000.0),
           "teacher_logits": _logits(rng, 16, 4, 0.5, 1000.0), "labels": [rng.randrange(4) for _ in range(16)],
           "temperature": 8.0, "alpha": 0.8}}
