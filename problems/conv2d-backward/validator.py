"""The stated constraints, checked on every case by `judge validate`, including the one that
makes the tolerance sound: whatever order a float64 solution sums in, every entry it returns
is within 2.5e-9 of the exact value, so it and the reference differ by at most 5e-9 < 1e-8."""

import numpy as np

UNIT_ROUNDOFF = 2.0**-53
ROUNDING_BOUND = 2.5e-9


def _is_int(value, low, high):
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _magnitudes(x, weight, bias, stride, padding, dout):
    """Each output entry's sum of |terms| and how many terms it has, from the same
    computation on absolute values (every term is then >= 0, so nothing cancels)."""
    x, weight, dout = np.abs(x), np.abs(weight), np.abs(dout)
    n, c_in, _, _ = x.shape
    c_out, _, kh, kw = weight.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_pad, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    h_out, w_out = windows.shape[2:4]
    out = np.einsum("nchwij,ocij->nohw", windows, weight) + np.abs(bias)[None, :, None, None]
    dw = np.einsum("nchwij,nohw->ocij", windows, dout)
    dx_pad = np.zeros_like(x_pad)
    for i in range(kh):
        for j in range(kw):
            dx_pad[:, :, i : i + stride * (h_out - 1) + 1 : stride, j : j + stride * (w_out - 1) + 1 : stride] += np.einsum(
                "nohw,oc->nchw", dout, weight[:, :, i, j]
            )
    return [
        ("out", c_in * kh * kw + 1, out.max()),
        ("dx", c_out * kh * kw, dx_pad.max()),
        ("dw", n * h_out * w_out, dw.max()),
        ("db", n * h_out * w_out, dout.sum(axis=(0, 2, 3)).max()),
    ]


def validate(args):
    x = np.asarray(args["x"], dtype=np.float64)
    weight = np.asarray(args["weight"], dtype=np.float64)
    bias = np.asarray(args["bias"], dtype=np.float64)
    stride, padding = args["stride"], args["padding"]
    assert x.ndim == 4, f"x is (N, C_in, H, W), got shape {x.shape}"
    n, c_in, h, w = x.shape
    assert 1 <= n <= 8 and 1 <= c_in <= 8 and 1 <= h <= 32 and 1 <= w <= 32, f"N, C_in <= 8 and H, W <= 32, got {x.shape}"
    assert x.size <= 16384, f"x has at most 16384 values, got {x.size}"
    assert weight.ndim == 4 and weight.shape[1] == c_in, f"weight is (C_out, C_in={c_in}, kH, kW), got {weight.shape}"
    c_out, _, kh, kw = weight.shape
    assert 1 <= c_out <= 8 and 1 <= kh <= 16 and 1 <= kw <= 16, f"C_out <= 8 and kH, kW <= 16, got {weight.shape}"
    assert bias.shape == (c_out,), f"bias is (C_out,) = ({c_out},), got {bias.shape}"
    assert _is_int(stride, 1, 4), f"stride is an int in [1, 4], got {stride!r}"
    assert _is_int(padding, 0, 5), f"padding is an int in [0, 5], got {padding!r}"
    assert kh <= h + 2 * padding and kw <= w + 2 * padding, "the kernel fits in the padded input"
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
    dout = np.asarray(args["dout"], dtype=np.float64)
    assert dout.shape == (n, c_out, h_out, w_out), f"dout is (N, C_out, H_out, W_out) = {(n, c_out, h_out, w_out)}, got {dout.shape}"
    for name, value in (("x", x), ("weight", weight), ("bias", bias), ("dout", dout)):
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 1e3), f"finite {name} with |{name}| <= 1000"
    for part, terms, largest in _magnitudes(x, weight, bias, stride, padding, dout):
        gamma = terms * UNIT_ROUNDOFF / (1 - terms * UNIT_ROUNDOFF)
        assert gamma * largest <= ROUNDING_BOUND, (
            f"{part}: {terms} terms summing to |.| {largest:.4g} may round by {gamma * largest:.2g} > {ROUNDING_BOUND}"
        )
