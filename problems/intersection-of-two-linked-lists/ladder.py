"""Inputs for measuring the O(m+n) time and O(1) extra-space follow-up: list A of n nodes,
list B of n/2 nodes of its own joined to A at node n/2, so both lists are n nodes long
and a set of A's nodes holds all n of them."""


def build(n, rng):
    a = [1 + (i * 7919) % 100_000 for i in range(n)]
    b = [1 + (i * 104_729) % 100_000 for i in range(n // 2)]
    return {"headA": a, "headB": {"values": b, "join": {"param": "headA", "index": n // 2 + rng.randrange(2)}}}
