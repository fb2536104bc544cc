"""The stated constraints, checked on every case by `judge validate`."""

import math


def validate(args):
    shape = args["shape"]
    assert isinstance(shape, list) and 2 <= len(shape) <= 5, f"shape has 2 to 5 entries, got {shape!r}"
    assert all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in shape), "every dimension is an int >= 1"
    assert math.prod(shape) <= 10**5, f"at most 10^5 weights, got {math.prod(shape)}"
    assert args["kind"] in ("xavier", "kaiming"), "kind is 'xavier' or 'kaiming'"
    assert args["distribution"] in ("uniform", "normal"), "distribution is 'uniform' or 'normal'"
    seed = args["seed"]
    assert isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**32, "0 <= seed < 2^32"
