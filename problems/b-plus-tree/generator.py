"""Long operation sequences, deterministic for a seed.

Every sequence is built beside a model of the keys held, so deletes and searches can aim at
present keys, range calls stay within the stated total of returned values, and dump() comes
at the moments that test the structure: after a burst of splits, after a drain of merges,
on an emptied tree.
"""

from bisect import bisect_left

KEY_BOUND = 10**9
MAX_CALLS = 10**5


class _Script:
    def __init__(self, rng, order):
        self.rng = rng
        self.operations = ["BPlusTree"]
        self.arguments = [[order]]
        self.keys = []  # sorted keys held

    def _call(self, name, *args):
        self.operations.append(name)
        self.arguments.append(list(args))

    def insert(self, key, value=None):
        self._call("insert", key, self.rng.randint(0, KEY_BOUND) if value is None else value)
        position = bisect_left(self.keys, key)
        if position == len(self.keys) or self.keys[position] != key:
            self.keys.insert(position, key)

    def delete(self, key):
        self._call("delete", key)
        position = bisect_left(self.keys, key)
        if position < len(self.keys) and self.keys[position] == key:
            del self.keys[position]

    def search(self, key):
        self._call("search", key)

    def range(self, lo, hi):
        self._call("range", lo, hi)

    def dump(self):
        self._call("dump")

    def present(self):
        return self.keys[self.rng.randrange(len(self.keys))] if self.keys else 0

    def narrow_range(self, width):
        """A range around a present key holding at most about `width` keys."""
        if not self.keys or self.rng.random() < 0.1:
            lo = self.rng.randint(-KEY_BOUND, KEY_BOUND - 10**6)
            return lo, lo + self.rng.randint(-10, 10**6)
        start = self.rng.randrange(len(self.keys))
        end = min(len(self.keys) - 1, start + self.rng.randint(0, width))
        lo, hi = self.keys[start], self.keys[end]
        # Bounds between keys as often as on them.
        return max(-KEY_BOUND, lo - self.rng.randint(0, 1)), min(KEY_BOUND, hi + self.rng.randint(0, 1))

    def case(self, name):
        return {"name": name, "args": {"operations": self.operations, "arguments": self.arguments}}


def _random_mix(rng, order, calls, low, high, weights, dumps, width=40):
    """insert/search/delete/range at the given weights; deletes and searches aim at present keys."""
    script = _Script(rng, order)
    every = max(1, calls // dumps) if dumps else calls + 1
    for step in range(1, calls + 1):
        if step % every == 0:
            script.dump()
            continue
        op = rng.choices(("insert", "search", "delete", "range"), weights)[0]
        aim = script.keys and rng.random() < 0.7
        key = script.present() if aim else rng.randint(low, high)
        if op == "insert":
            script.insert(key)
        elif op == "search":
            script.search(key)
        elif op == "delete":
            script.delete(key)
        else:
            script.range(*script.narrow_range(width))
    return script


def _fill_then_drain(rng, order, count, low, high, dumps_during_drain):
    """Insert count distinct keys, dump, delete them all in random order with dumps along the way."""
    script = _Script(rng, order)
    keys = rng.sample(range(low, high + 1), count)
    for key in keys:
        script.insert(key)
    script.dump()
    rng.shuffle(keys)
    marks = {len(keys) * (i + 1) // (dumps_during_drain + 1) for i in range(dumps_during_drain)}
    for done, key in enumerate(keys, 1):
        script.delete(key)
        if done in marks:
            script.dump()
            script.range(low, low + (high - low) // 50)
    script.dump()  # the empty tree
    for key in keys[:200]:
        script.search(key)
        script.delete(key)
    script.range(low, high)
    script.insert(keys[0], 7)
    script.dump()
    return script


def _ascending_then_descending(rng, order, count):
    """Sorted inserts (every split at the right edge), then deletes from the largest key down."""
    script = _Script(rng, order)
    keys = sorted(rng.sample(range(-KEY_BOUND, KEY_BOUND), count))
    for key in keys:
        script.insert(key)
    script.dump()
    for _ in range(5000):
        script.search(rng.choice(keys) + rng.randint(-1, 1))
    for i, key in enumerate(reversed(keys), 1):
        script.delete(key)
        if i % (count // 3) == 0:
            script.dump()
            script.range(-KEY_BOUND, KEY_BOUND) if len(script.keys) <= 20000 else script.range(*script.narrow_range(500))
    script.dump()
    return script


def _descending_then_ascending(rng, order, count):
    """Reverse-sorted inserts (every split at the left edge), then deletes from the smallest key up."""
    script = _Script(rng, order)
    keys = sorted(rng.sample(range(0, 4 * count), count), reverse=True)
    for key in keys:
        script.insert(key)
    script.dump()
    for i, key in enumerate(reversed(keys), 1):
        script.delete(key)
        if i % (count // 4) == 0:
            script.dump()
    return script


def _overwrites(rng, order, calls, distinct):
    """Few distinct keys inserted again and again: every insert of a present key replaces its value."""
    script = _Script(rng, order)
    pool = rng.sample(range(-KEY_BOUND, KEY_BOUND), distinct)
    for step in range(calls):
        key = rng.choice(pool)
        op = rng.choices(("insert", "search", "delete", "range"), (6, 3, 1, 0.2))[0]
        if op == "insert":
            script.insert(key)
        elif op == "search":
            script.search(key)
        elif op == "delete":
            script.delete(key)
        else:
            script.range(*script.narrow_range(30))
        if step % (calls // 10) == calls // 10 - 1:
            script.dump()
    return script


def _range_heavy(rng, order, count, queries):
    """A large tree probed by many ranges crossing several leaves each."""
    script = _Script(rng, order)
    for key in rng.sample(range(-KEY_BOUND, KEY_BOUND), count):
        script.insert(key)
    for _ in range(queries):
        script.range(*script.narrow_range(2 * order))
    script.dump()
    return script


def _sawtooth(rng, order, rounds, width):
    """Grow and shrink one key window again and again: splits and merges at the same leaves."""
    script = _Script(rng, order)
    base = rng.randint(-1000, 1000)
    for round_number in range(rounds):
        for key in range(base, base + width):
            script.insert(key, round_number)
        script.range(base, base + width)
        for key in range(base + width - 1, base + width // 4, -1):
            script.delete(key)
        if round_number % (rounds // 5) == 0:
            script.dump()
        base += width // 8
    return script


def generate(rng):
    yield _random_mix(rng, 3, 400, 0, 40, (4, 2, 3, 1), 20, width=8).case("order 3, 400 calls, keys 0..40, a dump every 20 calls")
    yield _random_mix(rng, 4, 3000, -300, 300, (4, 2, 3, 1), 30).case("order 4, 3000 calls, keys -300..300, 30 dumps")
    yield _random_mix(rng, 5, 3000, 0, 2000, (3, 2, 4, 1), 30).case("order 5, delete-heavy, 30 dumps")
    yield _random_mix(rng, 6, 5000, -KEY_BOUND, KEY_BOUND, (5, 2, 2, 1), 20).case("order 6, 5000 calls, full key range")
    yield _fill_then_drain(rng, 3, 20000, -50000, 50000, 3).case("order 3: 2*10^4 keys inserted, then all deleted, dumps along the way")
    yield _fill_then_drain(rng, 8, 40000, -KEY_BOUND, KEY_BOUND, 3).case("order 8: 4*10^4 keys inserted, then all deleted")
    yield _ascending_then_descending(rng, 4, 30000).case("order 4: ascending inserts, descending deletes")
    yield _descending_then_ascending(rng, 7, 30000).case("order 7: descending inserts, ascending deletes")
    yield _overwrites(rng, 9, 30000, 400).case("order 9: 400 keys overwritten again and again")
    yield _random_mix(rng, 32, MAX_CALLS, -KEY_BOUND, KEY_BOUND, (6, 3, 2, 1), 6, width=100).case("order 32, 10^5 calls, insert-heavy")
    yield _random_mix(rng, 3, MAX_CALLS, 0, 30000, (4, 3, 3, 1), 6, width=20).case("order 3, 10^5 calls, balanced, keys 0..30000")
    yield _random_mix(rng, 128, MAX_CALLS, -50000, 50000, (4, 3, 3, 2), 5, width=150).case("order 128, 10^5 calls")
    yield _range_heavy(rng, 16, 50000, 40000).case("order 16: 5*10^4 keys, then 4*10^4 ranges")
    yield _sawtooth(rng, 5, 200, 80).case("order 5: a key window grown and shrunk 200 times")
