"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    assert set(args) == {"head", "k"}, "the arguments are head and k"
    head, k = args["head"], args["k"]
    assert isinstance(head, list), "head is a plain list of values (no cycle, no shared nodes)"
    n = len(head)
    assert 1 <= n <= 10**5, "the number of nodes n is in [1, 10^5]"
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in head), "node values are integers"
    assert all(0 <= v <= 100 for v in head), "0 <= Node.val <= 100"
    assert isinstance(k, int) and not isinstance(k, bool), "k is an integer"
    assert 1 <= k <= n, "1 <= k <= n"
