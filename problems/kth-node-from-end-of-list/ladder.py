"""Inputs for measuring the O(1) extra-space follow-up: n nodes, k about 3n/4, so keeping the
last k nodes (a bounded deque) or all of them costs memory in proportion to n."""


def build(n, rng):
    return {"head": [(i * 37) % 101 for i in range(n)], "k": n - n // 4 - rng.randrange(n // 8)}
