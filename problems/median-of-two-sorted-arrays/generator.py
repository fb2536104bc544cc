"""Random and large cases, deterministic for the random.Random it is given."""

LIMIT = 10**6


def _sorted_values(rng, size, low=-LIMIT, high=LIMIT):
    return sorted(rng.randint(low, high) for _ in range(size))


def generate(rng):
    for m, n in ((3, 4), (10, 7), (50, 1), (200, 333), (1000, 999)):
        yield {"name": f"random m={m} n={n}", "args": {"nums1": _sorted_values(rng, m), "nums2": _sorted_values(rng, n)}}
    yield {
        "name": "m = n = 10^5, random values",
        "args": {"nums1": _sorted_values(rng, 10**5), "nums2": _sorted_values(rng, 10**5)},
    }
    yield {
        "name": "m = 10^5, n = 10^5 - 1, heavy duplicates",
        "args": {"nums1": _sorted_values(rng, 10**5, -3, 3), "nums2": _sorted_values(rng, 10**5 - 1, -3, 3)},
    }
    yield {
        "name": "m = n = 10^5, nums1 entirely below nums2",
        "args": {"nums1": _sorted_values(rng, 10**5, -99, -1), "nums2": _sorted_values(rng, 10**5, 0, 99)},
    }
    yield {"name": "m = 0, n = 10^5", "args": {"nums1": [], "nums2": _sorted_values(rng, 10**5, -500, 500)}}
    yield {"name": "m = 1, n = 10^5 - 1", "args": {"nums1": [rng.randint(-50, 50)], "nums2": _sorted_values(rng, 10**5 - 1, -100, 100)}}
