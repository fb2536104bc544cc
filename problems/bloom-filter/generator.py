"""Filters of every size, deterministic for a seed.

Every case adds at most `capacity` distinct items and queries items that were never
added (negatives, for the false-positive rule) as well as added ones (for the
false-negative rule). Negatives are distinct, so each one is an independent trial.
"""

import math
import string

ALPHABET = string.ascii_letters + string.digits
PRINTABLE = "".join(chr(c) for c in range(32, 127))


class _Items:
    """Fresh random strings, never repeating one already handed out."""

    def __init__(self, rng, low, high, alphabet=ALPHABET, prefix=""):
        self.rng, self.low, self.high, self.alphabet, self.prefix = rng, low, high, alphabet, prefix
        self.seen = set()

    def take(self):
        while True:
            size = self.rng.randint(self.low, self.high)
            item = self.prefix + "".join(self.rng.choices(self.alphabet, k=size))
            if item not in self.seen:
                self.seen.add(item)
                return item


def _case(capacity, error_rate, calls):
    return {
        "operations": ["BloomFilter", *(name for name, _ in calls)],
        "arguments": [[capacity, error_rate], *([item] for _, item in calls)],
    }


def _fill_then_query(rng, capacity, error_rate, members, negatives, positives, duplicates=0):
    """Add `members` (each once, a few twice), then query added items and negatives, shuffled."""
    calls = [("add", item) for item in members]
    calls += [("add", item) for item in rng.sample(members, min(duplicates, len(members)))]
    rng.shuffle(calls)
    queries = [("contains", item) for item in rng.choices(members, k=positives)]
    queries += [("contains", item) for item in negatives]
    rng.shuffle(queries)
    return _case(capacity, error_rate, calls + queries)


def _random(rng, capacity, error_rate, negatives, positives, low=4, high=8, duplicates=0, fill=None):
    items = _Items(rng, low, high)
    members = [items.take() for _ in range(capacity if fill is None else fill)]
    outsiders = [items.take() for _ in range(negatives)]
    return _fill_then_query(rng, capacity, error_rate, members, outsiders, positives, duplicates)


def _interleaved(rng, capacity, error_rate, negatives):
    """Adds and queries mixed: items are often queried before and right after their add."""
    items = _Items(rng, 1, 12, PRINTABLE)
    members = [items.take() for _ in range(capacity)]
    outsiders = [items.take() for _ in range(negatives)]
    calls = []
    emitted = 0
    for index, item in enumerate(members):
        if rng.random() < 0.3:
            calls.append(("contains", item))  # not added yet: a negative query
        calls.append(("add", item))
        if rng.random() < 0.2:
            calls.append(("add", item))  # the same item twice
        if rng.random() < 0.5:
            calls.append(("contains", rng.choice(members[: index + 1])))
        due = negatives * (index + 1) // capacity  # spread the negatives evenly over the adds
        calls += [("contains", outsider) for outsider in outsiders[emitted:due]]
        emitted = due
    return _case(capacity, error_rate, calls)


def _patterned(rng, capacity, error_rate, negatives):
    """Keys that differ in a few digits, as real ids and URLs do."""
    members = [f"user:{i}" for i in range(capacity)]
    outsiders = [f"user:{i}" for i in range(capacity, capacity + negatives // 2)]
    outsiders += [f"https://example.com/item/{i}" for i in range(negatives - negatives // 2)]
    return _fill_then_query(rng, capacity, error_rate, members, outsiders, capacity // 5)


def _shared_prefix(rng, capacity, error_rate, negatives, prefix_length):
    """Long items that share their first characters and differ only at the end."""
    prefix = "".join(rng.choices(ALPHABET, k=prefix_length))
    items = _Items(rng, 3, 6, ALPHABET, prefix)
    members = [items.take() for _ in range(capacity)]
    outsiders = [items.take() for _ in range(negatives)]
    return _fill_then_query(rng, capacity, error_rate, members, outsiders, capacity // 4)


def _long_items(rng, capacity, error_rate, negatives):
    items = _Items(rng, 50, 200, PRINTABLE)
    members = [items.take() for _ in range(capacity)]
    outsiders = [items.take() for _ in range(negatives)]
    return _fill_then_query(rng, capacity, error_rate, members, outsiders, capacity // 4, duplicates=capacity // 20)


def optimal_bits(capacity, error_rate):
    return max(1, math.ceil(-capacity * math.log(error_rate) / (math.log(2) ** 2)))


def _near_duplicates(rng, capacity, error_rate):
    """Negatives that differ from an added item only by a space at either end, the case of a
    letter, or one character: a hash of a normalised or truncated item reports them present."""
    items = _Items(rng, 55, 120, PRINTABLE)
    members = [items.take() for _ in range(capacity)]
    variants = (
        lambda s: " " + s,
        lambda s: s + " ",
        lambda s: s.swapcase(),
        lambda s: s[:-1] + chr(32 + (ord(s[-1]) - 31) % 95),
        lambda s: chr(32 + (ord(s[0]) - 31) % 95) + s[1:],
    )
    outsiders = []
    for item in rng.sample(members, 1200):
        for variant in variants:
            other = variant(item)
            if other not in items.seen:
                items.seen.add(other)
                outsiders.append(other)
    return _fill_then_query(rng, capacity, error_rate, members, outsiders, capacity // 4)


def generate(rng):
    for capacity, error_rate in ((1, 0.5), (2, 0.001), (7, 0.3), (20, 0.01), (64, 0.1)):
        yield {
            "name": f"small filter: capacity {capacity}, error_rate {error_rate}",
            "args": _random(rng, capacity, error_rate, 300, 2 * capacity, 0, 10, duplicates=capacity // 2 + 1),
        }
    yield {"name": "interleaved adds and queries: capacity 800, error_rate 0.05", "args": _interleaved(rng, 800, 0.05, 2000)}
    yield {"name": "ids and URLs: capacity 5000, error_rate 0.01", "args": _patterned(rng, 5000, 0.01, 6000)}
    yield {"name": "shared 60-char prefix: capacity 1500, error_rate 0.02", "args": _shared_prefix(rng, 1500, 0.02, 3000, 60)}
    yield {"name": "items of 50-200 chars: capacity 1500, error_rate 0.01", "args": _long_items(rng, 1500, 0.01, 1500)}
    yield {"name": "full: capacity 20000, error_rate 0.5", "args": _random(rng, 20000, 0.5, 5000, 1000)}
    yield {"name": "full: capacity 20000, error_rate 0.1", "args": _random(rng, 20000, 0.1, 8000, 1000)}
    yield {
        "name": "full, with duplicates: capacity 20000, error_rate 0.01",
        "args": _random(rng, 20000, 0.01, 12000, 1500, duplicates=1500),
    }
    yield {"name": "full: capacity 20000, error_rate 0.001", "args": _random(rng, 20000, 0.001, 20000, 1000)}
    yield {"name": "odd sizes: capacity 12345, error_rate 0.037", "args": _random(rng, 12345, 0.037, 6000, 1000, 1, 12)}
    yield {
        "name": "barely used: capacity 20000, error_rate 0.001, 300 items",
        "args": _random(rng, 20000, 0.001, 3000, 300, fill=300),
    }
    # Added after the others so that their draws from rng stay as they were.
    # m % 8 == 1: the last byte of a packed array holds one bit, so an array one byte short,
    # (m + 6) // 8, fails only when some probe lands on bit m - 1. With m = 9 or 17 and hundreds
    # of queries, that happens for any hashing (the chance it does not is below 1e-15).
    for capacity, error_rate in ((6, 0.5), (2, 0.02)):
        m = optimal_bits(capacity, error_rate)
        yield {
            "name": f"m % 8 == 1: capacity {capacity}, error_rate {error_rate} (m = {m} bits)",
            "args": _random(rng, capacity, error_rate, 400, 4 * capacity, 0, 10, duplicates=capacity),
        }
    yield {"name": "m % 8 == 1: capacity 1000, error_rate 0.1 (m = 4793 bits)", "args": _random(rng, 1000, 0.1, 20000, 2000)}
    yield {"name": "near-duplicates: each negative is an added item changed slightly", "args": _near_duplicates(rng, 2000, 0.001)}
