"""Random and large cases, deterministic for the random.Random it is given."""


def _random(rng, n, p):
    return [1 if rng.random() < p else 0 for _ in range(n)]


def _wrapped_block(rng, n, ones, noise):
    # A block of 1s that runs over the end of the array, with a few flipped bits.
    start = rng.randrange(n - ones // 2, n)
    nums = [0] * n
    for k in range(ones):
        nums[(start + k) % n] = 1
    for _ in range(noise):
        nums[rng.randrange(n)] ^= 1
    return nums


def generate(rng):
    for n, p in ((5, 0.5), (12, 0.3), (50, 0.7), (300, 0.5), (2000, 0.1)):
        yield {"name": f"random n={n}", "args": {"nums": _random(rng, n, p)}}
    yield {"name": "n=1000, 1s wrap around the end", "args": {"nums": _wrapped_block(rng, 1000, 300, 20)}}
    yield {"name": "n=10^5, half ones, random", "args": {"nums": _random(rng, 10**5, 0.5)}}
    yield {"name": "n=10^5, 1s wrap around the end", "args": {"nums": _wrapped_block(rng, 10**5, 5 * 10**4, 500)}}
    yield {"name": "n=10^5, few ones", "args": {"nums": _random(rng, 10**5, 0.01)}}
    yield {"name": "n=10^5, few zeros", "args": {"nums": _random(rng, 10**5, 0.99)}}
    yield {"name": "n=10^5, all ones", "args": {"nums": [1] * 10**5}}
    yield {"name": "n=10^5, all zeros", "args": {"nums": [0] * 10**5}}
