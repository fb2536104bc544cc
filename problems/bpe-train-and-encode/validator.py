"""The stated constraints, checked on every case by `judge validate`."""


def _int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _strings(value, name, most, total):
    assert isinstance(value, list) and all(isinstance(s, str) for s in value), f"{name} is a list of str"
    assert len(value) <= most, f"at most {most} strings in {name}, got {len(value)}"
    size = 0
    for s in value:
        try:
            size += len(s.encode("utf-8"))
        except UnicodeEncodeError as error:
            raise AssertionError(f"{name} holds a string that is not valid Unicode text (a lone surrogate)") from error
    assert size <= total, f"{name} holds at most {total} UTF-8 bytes in all, got {size}"


def validate(args):
    _strings(args["corpus"], "corpus", 1000, 20000)
    _strings(args["texts"], "texts", 100, 5000)
    n = args["num_merges"]
    assert _int(n) and 0 <= n <= 500, f"0 <= num_merges <= 500, got {n!r}"
