"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def _array(args, name, ndim):
    value = np.asarray(args[name], dtype=np.float64)
    assert value.ndim == ndim, f"{name} is {ndim}-D, got shape {value.shape}"
    assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 10), f"{name} is finite, |{name}| <= 10"
    return value


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    assert x.ndim in (2, 3) and all(n >= 1 for n in x.shape), f"x is (N, in) or (B, T, in), got {x.shape}"
    assert x.size <= 10**5, f"x.size <= 10^5, got {x.size}"
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= 10), "finite x with |x| <= 10"
    d_in = x.shape[-1]
    w, b, a, bb = _array(args, "W", 2), _array(args, "b", 1), _array(args, "A", 2), _array(args, "B", 2)
    d_out, r = w.shape[0], a.shape[0]
    assert 1 <= d_in <= 512 and 1 <= d_out <= 512, f"1 <= in, out <= 512, got in {d_in}, out {d_out}"
    assert w.shape == (d_out, d_in), f"W is (out, in) = ({d_out}, {d_in}), got {w.shape}"
    assert b.shape == (d_out,), f"b is (out,), got {b.shape}"
    assert a.shape == (r, d_in) and 1 <= r <= min(d_in, d_out, 64), f"A is (r, in) with 1 <= r <= min(in, out, 64), got {a.shape}"
    assert bb.shape == (d_out, r), f"B is (out, r) = ({d_out}, {r}), got {bb.shape}"
    alpha = args["alpha"]
    assert isinstance(alpha, (int, float)) and not isinstance(alpha, bool) and 0 <= alpha <= 128, "0 <= alpha <= 128"
