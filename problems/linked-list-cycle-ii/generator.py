"""Random and large cases, deterministic for the rng given."""

LOW, HIGH = -(10**5), 10**5


def _random_values(rng, n, low=LOW, high=HIGH):
    return [rng.randint(low, high) for _ in range(n)]


def generate(rng):
    # Small lists with few distinct values, so equal values abound.
    for n in (3, 8, 20, 50):
        for _ in range(2):
            pos = rng.choice([-1, rng.randrange(n)])
            yield {"name": f"random n={n}, few distinct values", "args": {"head": {"values": _random_values(rng, n, 1, 3), "pos": pos}}}
    n = 10**5
    yield {"name": "n=10^5, no cycle", "args": {"head": {"values": _random_values(rng, n), "pos": -1}}}
    yield {"name": "n=10^5, cycle at the head", "args": {"head": {"values": _random_values(rng, n), "pos": 0}}}
    yield {"name": "n=10^5, tail loops to itself", "args": {"head": {"values": _random_values(rng, n, 0, 9), "pos": n - 1}}}
    yield {"name": "n=10^5, cycle from a random node", "args": {"head": {"values": _random_values(rng, n), "pos": rng.randrange(1, n - 1)}}}
    yield {"name": "n=10^5, all values equal, cycle from the middle", "args": {"head": {"values": [5] * n, "pos": n // 2 + 1}}}
