"""Random and large lists with k at the edges and in between, deterministic for the Random it is given."""

N = 10**5


def _values(rng, n):
    return [rng.randint(0, 100) for _ in range(n)]


def generate(rng):
    for n in (7, 8, 100, 1000):
        k = rng.randint(1, n)
        yield {"name": f"random n={n}, k={k}", "args": {"head": _values(rng, n), "k": k}}
    yield {"name": "n=1000, k=n-1", "args": {"head": _values(rng, 1000), "k": 999}}
    yield {"name": "n=10^5, k=1 (the tail)", "args": {"head": _values(rng, N), "k": 1}}
    yield {"name": "n=10^5, k=n (the head)", "args": {"head": _values(rng, N), "k": N}}
    yield {"name": "n=10^5, k=2", "args": {"head": _values(rng, N), "k": 2}}
    k = rng.randint(N // 4, 3 * N // 4)
    yield {"name": f"n=10^5, k={k}", "args": {"head": _values(rng, N), "k": k}}
    yield {"name": "n=10^5 - 1, all values equal, k=n-1", "args": {"head": [9] * (N - 1), "k": N - 2}}
