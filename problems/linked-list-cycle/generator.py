"""Random and large lists with and without cycles, deterministic for the Random it is given."""

N = 10**5


def _values(rng, n, spread=10**5):
    return [rng.randint(-spread, spread) for _ in range(n)]


def generate(rng):
    for n in (10, 11, 300):
        yield {"name": f"random n={n}, no cycle", "args": {"head": {"values": _values(rng, n, 5), "pos": -1}}}
        pos = rng.randrange(n)
        yield {"name": f"random n={n}, cycle to {pos}", "args": {"head": {"values": _values(rng, n, 5), "pos": pos}}}
    yield {"name": "n=10^5, no cycle, distinct values", "args": {"head": {"values": list(range(-N // 2, N // 2)), "pos": -1}}}
    yield {"name": "n=10^5 - 1, no cycle, few distinct values", "args": {"head": {"values": _values(rng, N - 1, 3), "pos": -1}}}
    yield {"name": "n=10^5, long tail and a 3-node cycle", "args": {"head": {"values": _values(rng, N), "pos": N - 3}}}
    yield {"name": "n=10^5, tail links to itself", "args": {"head": {"values": _values(rng, N), "pos": N - 1}}}
    yield {"name": "n=10^5, cycle through the whole list", "args": {"head": {"values": _values(rng, N), "pos": 0}}}
