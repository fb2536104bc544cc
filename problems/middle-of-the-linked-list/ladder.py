"""Inputs for measuring the O(1) extra-space follow-up: a list of n nodes."""


def build(n, rng):
    return {"head": [1 + (i * 37 + rng.randrange(2)) % 100 for i in range(n)]}
