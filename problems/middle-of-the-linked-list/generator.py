"""Random and large lists, deterministic for the Random it is given."""


def _values(rng, n):
    return [rng.randint(1, 100) for _ in range(n)]


def generate(rng):
    for n in (9, 10, 57, 58, 999, 1000):
        yield {"name": f"random n={n}", "args": {"head": _values(rng, n)}}
    yield {"name": "n=10^5 (even), random values", "args": {"head": _values(rng, 10**5)}}
    yield {"name": "n=10^5 - 1 (odd), random values", "args": {"head": _values(rng, 10**5 - 1)}}
    yield {"name": "n=10^5, all values equal", "args": {"head": [42] * 10**5}}
    yield {"name": "n=99999, values 1..100 repeating", "args": {"head": [i % 100 + 1 for i in range(99_999)]}}
