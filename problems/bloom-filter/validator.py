"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    operations, arguments = args["operations"], args["arguments"]
    assert len(operations) == len(arguments), "operations and arguments have the same length"
    assert operations and operations[0] == "BloomFilter", "starts with BloomFilter(capacity, error_rate)"
    assert operations.count("BloomFilter") == 1, "the constructor is called once"
    capacity, error_rate = arguments[0]
    assert isinstance(capacity, int) and not isinstance(capacity, bool), "capacity is an integer"
    assert 1 <= capacity <= 2 * 10**4, f"1 <= capacity <= 2 * 10^4, got {capacity}"
    assert isinstance(error_rate, float), "error_rate is a float"
    assert 0.001 <= error_rate <= 0.5, f"0.001 <= error_rate <= 0.5, got {error_rate}"
    calls = len(operations) - 1
    assert calls <= 5 * 10**4, f"at most 5 * 10^4 calls, got {calls}"
    added = set()
    for index, (name, call_args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        assert name in ("add", "contains"), f"operations[{index}]: unknown method {name!r}"
        assert isinstance(call_args, list) and len(call_args) == 1, f"operations[{index}]: one argument"
        item = call_args[0]
        assert isinstance(item, str), f"operations[{index}]: item is a string"
        assert len(item) <= 200, f"operations[{index}]: len(item) <= 200, got {len(item)}"
        assert all(32 <= ord(c) <= 126 for c in item), f"operations[{index}]: printable ASCII only"
        if name == "add":
            added.add(item)
    assert len(added) <= capacity, f"at most capacity = {capacity} distinct items are added, got {len(added)}"
