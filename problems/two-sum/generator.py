"""Large random cases with exactly one valid pair, deterministic for a seed."""


def _case(rng, n, low, high):
    # Distinct values with no accidental second pair: draw from a set and
    # reject any value whose complement is already present.
    target = rng.randint(low, high)
    a = rng.randint(low, high)
    b = target - a
    if not (low <= b <= high) or a == b:
        a, b = target // 2, target - target // 2
        if a == b:
            b += 1
            target = a + b
    chosen = {a, b}
    values = []
    while len(values) < n - 2:
        x = rng.randint(low, high)
        if x in chosen or (target - x) in chosen or 2 * x == target:
            continue
        chosen.add(x)
        values.append(x)
    i, j = sorted(rng.sample(range(n), 2))
    values.insert(i, a)
    values.insert(j, b)
    return {"nums": values, "target": target}


def generate(rng):
    for n in (10, 100, 1000):
        yield {"name": f"random n={n}", "args": _case(rng, n, -1000, 1000 if n < 1000 else 10**6)}
    yield {"name": "n=10^5, wide values", "args": _case(rng, 10**5, -(10**9) // 2, 10**9 // 2)}
    yield {"name": "n=10^5, pair at the very end", "args": _tail_pair(rng, 10**5)}


def _tail_pair(rng, n):
    # Every filler value is >= n, so no two of them (and neither of them with
    # the pair's halves) reach the small target.
    values = list(range(n, 2 * n - 2))
    rng.shuffle(values)
    return {"nums": [*values, 10**9, -(10**9) + 5], "target": 5}
