"""The stated constraints, checked on every case by `judge validate`."""

METHODS = {"search", "add", "erase"}


def validate(args):
    operations, arguments = args["operations"], args["arguments"]
    assert len(operations) == len(arguments), "operations and arguments have the same length"
    assert operations and operations[0] == "Skiplist" and arguments[0] == [], "starts with Skiplist()"
    assert operations.count("Skiplist") == 1, "the constructor is called once"
    calls = len(operations) - 1
    assert calls <= 5 * 10**4, f"at most 5 * 10^4 calls, got {calls}"
    for index, (name, call_args) in enumerate(zip(operations[1:], arguments[1:], strict=True), 1):
        assert name in METHODS, f"operations[{index}]: unknown method {name!r}"
        assert isinstance(call_args, list) and len(call_args) == 1, f"operations[{index}]: one argument"
        value = call_args[0]
        assert isinstance(value, int) and not isinstance(value, bool), f"operations[{index}]: integer argument"
        assert 0 <= value <= 2 * 10**4, f"operations[{index}]: 0 <= num, target <= 2 * 10^4, got {value}"
