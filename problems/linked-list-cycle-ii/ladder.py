"""Inputs for measuring the O(1) extra-space follow-up: n nodes whose tail links back
into the first half, so a visited set or list must hold every node before it sees one again."""


def build(n, rng):
    values = [(i * 7919) % 200_001 - 100_000 for i in range(n)]
    return {"head": {"values": values, "pos": rng.randrange(n // 2)}}
