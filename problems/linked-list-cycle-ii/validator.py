"""The stated constraints, checked on every case by `judge validate`."""


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args):
    assert set(args) == {"head"}, "the only argument is head"
    head = args["head"]
    if isinstance(head, list):
        values, pos = head, -1
    else:
        assert isinstance(head, dict), "head is a list of values or {values, pos}"
        assert set(head) <= {"values", "pos"}, "head takes only values and pos (no join)"
        values, pos = head.get("values"), head.get("pos", -1)
    assert isinstance(values, list), "values is a list"
    assert 0 <= len(values) <= 10**5, "the number of nodes is in [0, 10^5]"
    assert all(_is_int(v) for v in values), "node values are integers"
    assert all(-(10**5) <= v <= 10**5 for v in values), "-10^5 <= Node.val <= 10^5"
    assert _is_int(pos), "pos is an integer"
    assert pos == -1 or 0 <= pos < len(values), f"pos is -1 or a valid index, got {pos} for {len(values)} nodes"
