"""The six members against the reference (the integers exactly, with their dtypes: int8 for
the quantised tensors, int32 for the accumulator), y within the stated quantisation error bound
of x @ w.T, and a hint naming the mistake (round half away from zero, the wrong axis for the
per-channel scales, the [-128, 127] range's 127.5 or 128, a scale of 0 for an all-zero
channel, the mode ignored, an accumulator that overflows, a missing rescale)."""

import numpy as np

from judge.ml import compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["w_q", "w_scale", "x_q", "x_scale", "acc", "y"]
DTYPES = {"w_q": "int8", "x_q": "int8", "acc": "int32"}
HALF_EVEN = ("round half to even (np.rint / np.round: 2.5 -> 2, -0.5 -> 0, 63.5 -> 64), as torch.round does; "
             "floor(v + 0.5) or rounding half away from zero gives a different integer on exact halves")


def _scale(absmax, divisor=127.0, zero="one"):
    if zero == "one":
        return np.where(absmax > 0, absmax / divisor, 1.0)
    return absmax / divisor


def _round(v, how):
    if how == "half up":
        return np.floor(v + 0.5)
    if how == "away":
        return np.sign(v) * np.floor(np.abs(v) + 0.5)
    if how == "trunc":
        return np.trunc(v)
    return np.rint(v)


def _model(x, w, per_channel, rounding="even", axis=1, divisor=127.0, zero="one", mode=None, acc_dtype=np.int32,
           rescale="both", low=-127):
    per_channel = per_channel if mode is None else mode
    m = w.shape[0]
    w_absmax = np.max(np.abs(w), axis=axis) if per_channel else np.full(m, np.max(np.abs(w)))
    w_scale = _scale(w_absmax, divisor, zero)
    w_shaped = w_scale[:, None] if w_scale.shape[0] == m else w_scale[None, :]
    w_q = np.clip(_round(w / w_shaped, rounding), low, 127).astype(np.int8)
    x_scale = float(_scale(np.max(np.abs(x)), divisor, zero))
    x_q = np.clip(_round(x / x_scale, rounding), low, 127).astype(np.int8)
    acc = x_q.astype(acc_dtype) @ w_q.astype(acc_dtype).T
    if w_scale.shape[0] != m:
        y = acc * x_scale  # the wrong axis: its scales do not even fit the output channels
    elif rescale == "both":
        y = acc * x_scale * w_scale[None, :]
    elif rescale == "x only":
        y = acc * x_scale
    else:
        y = acc * w_scale[None, :]
    return w_q, w_scale, x_q, x_scale, acc, y


def _mistakes(x, w, per_channel, index):
    zero = ("an all-zero channel (or tensor) has absmax 0: dividing by a scale of 0 gives nan; "
            "use scale = 1.0 there, so its values quantise to 0")
    variants = [
        (HALF_EVEN, dict(rounding="half up")),
        (HALF_EVEN, dict(rounding="away")),
        ("values were truncated toward zero: round to the nearest integer, half to even", dict(rounding="trunc")),
        ("the per-channel scales were taken over the wrong axis: one scale per output channel is the absmax of each "
         "row of w (axis=1, over the K inputs), shape (M,)", dict(axis=0)),
        ("the scale is absmax / 127.5 (or / 128), the convention of the asymmetric range [-128, 127]: this symmetric "
         "scheme maps absmax to 127, scale = absmax / 127, and clamps to [-127, 127]", dict(divisor=127.5)),
        ("the scale is absmax / 127.5 (or / 128), the convention of the asymmetric range [-128, 127]: this symmetric "
         "scheme maps absmax to 127, scale = absmax / 127, and clamps to [-127, 127]", dict(divisor=127.5, low=-128)),
        ("the scale is absmax / 128: this symmetric scheme maps absmax to 127, scale = absmax / 127", dict(divisor=128.0)),
        (zero, dict(zero="zero")),
        ("per_channel was ignored: per_channel=True takes one scale per output channel (row of w), False one for the "
         "whole tensor", dict(mode=not per_channel)),
        ("the accumulator overflowed: int8 x int8 products reach 127^2 and their sums 127^2 * K; cast to int32 before "
         "the matmul", dict(acc_dtype=np.int16)),
        ("the accumulator overflowed: int8 x int8 products reach 127^2 and their sums 127^2 * K; cast to int32 before "
         "the matmul", dict(acc_dtype=np.int8)),
        ("y is missing the weight scale: y = acc * x_scale * w_scale[m]", dict(rescale="x only")),
        ("y is missing the activation scale: y = acc * x_scale * w_scale[m]", dict(rescale="w only")),
    ]
    return [(hint, lambda kw=kw: _model(x, w, per_channel, **kw)[index]) for hint, kw in variants]


def _dtype_problem(name, value):
    want = DTYPES.get(name)
    if want is None:
        return None
    array = to_numpy(value)
    if not isinstance(array, np.ndarray):
        return None  # compare() reports lists and shapes first
    if str(array.dtype) == want:
        return None
    if name == "acc":
        return (f"acc has dtype {array.dtype}, expected int32: accumulate the int8 x int8 products in int32 "
                "(int8 overflows at 127 and 127^2 * K needs 32 bits; floats are not an integer matmul)")
    return f"{name} has dtype {array.dtype}, expected int8: the quantised values are stored as int8 in [-127, 127]"


def _bound_problem(x, w, y, w_scale, x_scale):
    """|y - x @ w.T| <= sum_k |x| * w_scale / 2 + x_scale / 2 * |w| + x_scale * w_scale / 4, per entry."""
    exact = x @ w.T
    ax, aw = np.abs(x), np.abs(w)
    bound = (ax.sum(axis=1)[:, None] * w_scale[None, :] / 2 + x_scale / 2 * aw.sum(axis=1)[None, :]
             + x.shape[1] * x_scale * w_scale[None, :] / 4)
    slack = 1e-9 * (ax @ aw.T) + 1e-300
    over = np.abs(y - exact) > bound + slack
    if not over.any():
        return None
    b, m = (int(i) for i in np.argwhere(over)[0])
    return (f"y is outside the quantisation error bound at [{b}, {m}]: |y - x @ w.T| = {abs(y[b, m] - exact[b, m]):.6g} "
            f"exceeds {bound[b, m]:.6g}")


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    x = np.asarray(args["x"], dtype=np.float64)
    w = np.asarray(args["w"], dtype=np.float64)
    per_channel = args["per_channel"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        for name, have in zip(PARTS, got):
            problem = _dtype_problem(name, have)
            if problem:
                return False, problem
        y = np.asarray(to_numpy(got[5]), dtype=np.float64)
        w_scale = np.asarray(to_numpy(got[1]), dtype=np.float64)
        problem = _bound_problem(x, w, y, w_scale, float(got[3]))
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    with np.errstate(all="ignore"):
        for index, (name, want, have) in enumerate(zip(PARTS, expected, got)):
            if compare(want, have, tol, name) is None:
                continue
            hint = _dtype_problem(name, have) or matching_hint(have, _mistakes(x, w, per_channel, index), tol)
            return False, with_hint(problem, hint)
    return False, problem
