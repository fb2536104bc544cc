"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    assert set(args) == {"head"}, "the only argument is head"
    head = args["head"]
    assert isinstance(head, dict) and set(head) == {"values", "pos"}, "head is written as {values, pos}"
    values, pos = head["values"], head["pos"]
    assert isinstance(values, list), "values is a list"
    n = len(values)
    assert 0 <= n <= 10**5, "the number of nodes is in [0, 10^5]"
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in values), "node values are integers"
    assert all(-(10**5) <= v <= 10**5 for v in values), "-10^5 <= Node.val <= 10^5"
    assert isinstance(pos, int) and not isinstance(pos, bool), "pos is an integer"
    assert pos == -1 or 0 <= pos < n, "pos is -1 or a valid index in the linked list"
