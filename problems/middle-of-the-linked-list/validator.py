"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    assert set(args) == {"head"}, "the only argument is head"
    head = args["head"]
    assert isinstance(head, list), "head is a plain list of values (no cycle, no shared nodes)"
    assert 1 <= len(head) <= 10**5, "the number of nodes is in [1, 10^5]"
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in head), "node values are integers"
    assert all(1 <= v <= 100 for v in head), "1 <= Node.val <= 100"
