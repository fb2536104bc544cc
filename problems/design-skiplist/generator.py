"""Long random operation sequences, deterministic for a seed."""

MAX_VALUE = 2 * 10**4
MAX_CALLS = 5 * 10**4


def _case(operations, arguments):
    return {"operations": ["Skiplist", *operations], "arguments": [[], *arguments]}


def _random_mix(rng, calls, low, high, weights):
    """Random add/search/erase calls; erase and search often aim at present values."""
    present = []
    operations, arguments = [], []
    for _ in range(calls):
        op = rng.choices(("add", "search", "erase"), weights)[0]
        aim_at_present = op != "add" and present and rng.random() < 0.6
        value = rng.choice(present) if aim_at_present else rng.randint(low, high)
        if op == "add":
            present.append(value)
        elif op == "erase" and value in present:
            present.remove(value)
        operations.append(op)
        arguments.append([value])
    return operations, arguments


def _fill_then_drain(rng, count):
    """Add count values, erase every one of them, and search for them afterwards."""
    values = [rng.randint(0, MAX_VALUE) for _ in range(count)]
    erase_order = values[:]
    rng.shuffle(erase_order)
    operations = ["add"] * count + ["erase"] * count
    arguments = [[v] for v in values] + [[v] for v in erase_order]
    probes = 5000
    for _ in range(probes):
        operations.append(rng.choice(("search", "erase")))
        arguments.append([rng.choice(values)])
    return operations, arguments


def _sorted_runs(rng):
    """Ascending adds, searches for every value, descending erases: long towers at one end."""
    count = 16000
    values = list(range(0, MAX_VALUE + 1))
    values = sorted(rng.sample(values, count))
    operations = ["add"] * count
    arguments = [[v] for v in values]
    for _ in range(8000):
        operations.append("search")
        arguments.append([rng.randint(0, MAX_VALUE)])
    for v in reversed(values):
        operations.append("erase")
        arguments.append([v])
    return operations, arguments


def _one_value(rng, value, calls):
    """Every call on one value: the count must be tracked exactly."""
    operations, arguments = [], []
    count = 0
    for _ in range(calls):
        op = rng.choices(("add", "search", "erase"), (4, 3, 3) if count < 50 else (2, 3, 5))[0]
        count = count + 1 if op == "add" else max(0, count - 1) if op == "erase" else count
        operations.append(op)
        arguments.append([value])
    return operations, arguments


def generate(rng):
    yield {"name": "random mix, 200 calls, values 0..10", "args": _case(*_random_mix(rng, 200, 0, 10, (4, 3, 3)))}
    yield {"name": "random mix, 2000 calls, full range", "args": _case(*_random_mix(rng, 2000, 0, MAX_VALUE, (4, 3, 3)))}
    yield {"name": "5*10^4 calls, add-heavy, full range", "args": _case(*_random_mix(rng, MAX_CALLS, 0, MAX_VALUE, (6, 3, 1)))}
    yield {"name": "3*10^4 calls, balanced, full range", "args": _case(*_random_mix(rng, 30000, 0, MAX_VALUE, (4, 3, 3)))}
    yield {"name": "3*10^4 calls, many duplicates (values 0..30)", "args": _case(*_random_mix(rng, 30000, 0, 30, (4, 3, 3)))}
    yield {"name": "3*10^4 calls, search-heavy after growth", "args": _case(*_random_mix(rng, 30000, 0, MAX_VALUE, (5, 8, 1)))}
    yield {"name": "fill with 2*10^4 values, erase all, probe", "args": _case(*_fill_then_drain(rng, 20000))}
    yield {"name": "ascending adds, searches, descending erases", "args": _case(*_sorted_runs(rng))}
    yield {"name": "3*10^4 calls on the value 0", "args": _case(*_one_value(rng, 0, 30000))}
    yield {"name": "2*10^4 calls on the value 20000", "args": _case(*_one_value(rng, MAX_VALUE, 20000))}
