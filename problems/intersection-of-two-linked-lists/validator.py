"""The stated constraints, checked on every case by `judge validate`."""

LIMIT = 3 * 10**4


def _values(raw, name):
    values = raw["values"] if isinstance(raw, dict) else raw
    assert isinstance(values, list), f"{name} values are a list"
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in values), f"{name} values are integers"
    assert all(1 <= v <= 10**5 for v in values), f"1 <= Node.val <= 10^5 in {name}"
    return values


def validate(args):
    assert set(args) == {"headA", "headB"}, "the arguments are headA and headB"
    head_a, head_b = args["headA"], args["headB"]
    assert isinstance(head_a, list), "headA is a plain list of values"
    a = _values(head_a, "headA")
    m = len(a)
    assert 1 <= m <= LIMIT, f"1 <= m <= 3 * 10^4, got m = {m}"
    if isinstance(head_b, dict):
        assert set(head_b) <= {"values", "join"}, "headB takes only values and join (no pos: no cycles)"
        own = _values(head_b, "headB")
        join = head_b.get("join")
    else:
        own, join = _values(head_b, "headB"), None
    shared = 0
    if join is not None:
        assert isinstance(join, dict) and set(join) == {"param", "index"}, "join is {param, index}"
        assert join["param"] == "headA", "headB joins headA"
        index = join["index"]
        assert isinstance(index, int) and not isinstance(index, bool), "join index is an integer"
        assert 0 <= index < m, f"join index is a node of headA: 0 <= {index} < {m}"
        shared = m - index
    n = len(own) + shared
    assert 1 <= n <= LIMIT, f"1 <= n <= 3 * 10^4, got n = {n}"
