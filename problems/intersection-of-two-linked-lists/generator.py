"""Random and large cases, deterministic for the rng given.

Each case is (headA values, headB's own values, k): k is the node of headA that
headB continues into, or None when the lists do not intersect.
"""

LIMIT = 3 * 10**4
HIGH = 10**5


def _values(rng, n, high=HIGH):
    return [rng.randint(1, high) for _ in range(n)]


def _case(a, b_own, k):
    head_b = b_own if k is None else {"values": b_own, "join": {"param": "headA", "index": k}}
    return {"headA": a, "headB": head_b}


def generate(rng):
    # Small lists over few distinct values: equal values are everywhere.
    for size in (5, 12, 40):
        for _ in range(2):
            a = _values(rng, rng.randint(1, size), 3)
            b_own = _values(rng, rng.randint(0, size), 3)
            k = rng.randrange(len(a)) if b_own == [] or rng.random() < 0.75 else None
            yield {"name": f"random, up to {size} nodes, few distinct values", "args": _case(a, b_own, k)}
    n = LIMIT
    yield {"name": "m = n = 3*10^4, no intersection", "args": _case(_values(rng, n), _values(rng, n), None)}
    yield {"name": "m = 3*10^4, n = 1, no intersection", "args": _case(_values(rng, n), _values(rng, 1), None)}
    yield {"name": "m = n = 3*10^4, intersection at the last node", "args": _case(_values(rng, n), _values(rng, n - 1), n - 1)}
    yield {"name": "m = n = 3*10^4, intersection at the heads", "args": _case(_values(rng, n), [], 0)}
    yield {"name": "headA much longer before the intersection", "args": _case(_values(rng, n), _values(rng, 10), 20000)}
    yield {"name": "headB much longer before the intersection", "args": _case(_values(rng, 15000), _values(rng, 29000), 14000)}
    yield {"name": "m = n = 3*10^4, all values 1, intersection near the end", "args": _case([1] * n, [1] * (n - 100), n - 100)}
