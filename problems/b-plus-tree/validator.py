"""The stated constraints, checked on every case by `judge validate`."""

from bisect import bisect_left, bisect_right, insort

ARGUMENT_COUNTS = {"insert": 2, "search": 1, "delete": 1, "range": 2, "dump": 0}
KEY_BOUND = 10**9
MAX_CALLS = 10**5
MAX_DUMPS = 50
MAX_DUMPED_KEYS = 2 * 10**5
MAX_RANGE_VALUES = 10**6


def _int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args):
    operations, arguments = args["operations"], args["arguments"]
    assert len(operations) == len(arguments), "operations and arguments have the same length"
    assert operations and operations[0] == "BPlusTree", "starts with BPlusTree(order)"
    assert len(arguments[0]) == 1 and _int(arguments[0][0]), "BPlusTree takes one integer, the order"
    assert 3 <= arguments[0][0] <= 128, f"3 <= order <= 128, got {arguments[0][0]}"
    calls = len(operations) - 1
    assert calls <= MAX_CALLS, f"at most 10^5 calls, got {calls}"
    keys = []  # the keys held, sorted: what range and dump return depends on it
    dumps = dumped = returned = 0
    for index, (name, call_args) in enumerate(zip(operations[1:], arguments[1:], strict=True), 1):
        assert name in ARGUMENT_COUNTS, f"operations[{index}]: unknown method {name!r}"
        count = ARGUMENT_COUNTS[name]
        assert isinstance(call_args, list) and len(call_args) == count, f"operations[{index}]: {name} takes {count} argument(s)"
        assert all(_int(a) for a in call_args), f"operations[{index}]: integer arguments"
        if name == "insert":
            key, value = call_args
            assert -KEY_BOUND <= key <= KEY_BOUND, f"operations[{index}]: |key| <= 10^9, got {key}"
            assert 0 <= value <= KEY_BOUND, f"operations[{index}]: 0 <= value <= 10^9, got {value}"
            position = bisect_left(keys, key)
            if position == len(keys) or keys[position] != key:
                insort(keys, key)
        elif name in ("search", "delete"):
            (key,) = call_args
            assert -KEY_BOUND <= key <= KEY_BOUND, f"operations[{index}]: |key| <= 10^9, got {key}"
            if name == "delete":
                position = bisect_left(keys, key)
                if position < len(keys) and keys[position] == key:
                    del keys[position]
        elif name == "range":
            lo, hi = call_args
            assert -KEY_BOUND <= lo <= KEY_BOUND and -KEY_BOUND <= hi <= KEY_BOUND, f"operations[{index}]: |lo|, |hi| <= 10^9"
            if lo <= hi:
                returned += bisect_right(keys, hi) - bisect_left(keys, lo)
        else:
            dumps += 1
            dumped += len(keys)
    assert dumps <= MAX_DUMPS, f"at most {MAX_DUMPS} calls to dump, got {dumps}"
    assert dumped <= MAX_DUMPED_KEYS, f"the dumped trees hold at most 2 * 10^5 keys in all, got {dumped}"
    assert returned <= MAX_RANGE_VALUES, f"range calls return at most 10^6 values in all, got {returned}"
