"""The stated constraints, checked on every case by `judge validate`, including that the case
is well-conditioned: two float64 evaluation orders agree with an extended-precision run
(numpy's longdouble, 64-bit mantissa on x86-64) to within 1e-10 + 1e-10 * |value|, 100 times
inside the tolerance, so rounding never decides a verdict."""

import numpy as np

CONDITIONING = 1e-10


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _run(x, h0, c0, w_ih, w_hh, b_ih, b_hh, fused):
    """(outputs, c_n, the largest |gate pre-activation|); ``fused`` sums the gates in another
    order, as one product of [x, h] with [W_ih, W_hh]."""
    hidden = h0.shape[1]
    h, c, outputs, largest = h0, c0, [], 0.0
    w = np.concatenate([w_ih, w_hh], axis=1)
    for t in range(x.shape[0]):
        joint = np.concatenate([x[t], h], axis=1) @ w.T + (b_ih + b_hh)
        z = joint if fused else (x[t] @ w_ih.T + b_ih) + (h @ w_hh.T + b_hh)
        largest = max(largest, float(np.max(np.abs(z))))
        i, f, o = (_sigmoid(z[:, k * hidden : (k + 1) * hidden]) for k in (0, 1, 3))
        c = f * c + i * np.tanh(z[:, 2 * hidden : 3 * hidden])
        h = o * np.tanh(c)
        outputs.append(h)
    return np.stack(outputs), c, largest


def validate(args):
    names = ("x", "h0", "c0", "weight_ih", "weight_hh", "bias_ih", "bias_hh")
    x, h0, c0, w_ih, w_hh, b_ih, b_hh = (np.asarray(args[name], dtype=np.float64) for name in names)
    assert x.ndim == 3, f"x is (T, B, I), got shape {x.shape}"
    t, b, i = x.shape
    assert 1 <= t <= 64 and 1 <= b <= 16 and 1 <= i <= 32, f"1 <= T <= 64, 1 <= B <= 16, 1 <= I <= 32, got {x.shape}"
    assert h0.ndim == 2 and h0.shape[0] == b, f"h0 is (B, H), got {h0.shape}"
    h = h0.shape[1]
    assert 1 <= h <= 32, f"1 <= H <= 32, got {h}"
    assert c0.shape == (b, h), f"c0 is (B, H) = {(b, h)}, got {c0.shape}"
    assert w_ih.shape == (4 * h, i), f"weight_ih is (4H, I) = {(4 * h, i)}, got {w_ih.shape}"
    assert w_hh.shape == (4 * h, h), f"weight_hh is (4H, H) = {(4 * h, h)}, got {w_hh.shape}"
    assert b_ih.shape == (4 * h,) and b_hh.shape == (4 * h,), f"bias_ih, bias_hh are (4H,) = ({4 * h},)"
    for name, value, limit in (("x", x, 1e3), ("h0", h0, 1.0), ("c0", c0, 100.0), ("weight_ih", w_ih, 1e3),
                               ("weight_hh", w_hh, 1e3), ("bias_ih", b_ih, 1e3), ("bias_hh", b_hh, 1e3)):
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= limit), f"finite {name} with |{name}| <= {limit:g}"
    plain = _run(x, h0, c0, w_ih, w_hh, b_ih, b_hh, fused=False)
    fused = _run(x, h0, c0, w_ih, w_hh, b_ih, b_hh, fused=True)
    assert plain[2] <= 1e5, f"every gate pre-activation |z| <= 10^5, got {plain[2]:.4g}"
    wide = np.longdouble
    if np.finfo(wide).nmant <= np.finfo(np.float64).nmant:
        exact = _run(x, h0, c0, w_ih, w_hh, b_ih, b_hh, fused=False)  # no wider type here: orders only
    else:
        exact = _run(*(np.asarray(a, dtype=wide) for a in (x, h0, c0, w_ih, w_hh, b_ih, b_hh)), fused=False)
    for name, run in (("float64", plain), ("float64, fused gates", fused)):
        for part, got, want in (("output", run[0], exact[0]), ("c_n", run[1], exact[1])):
            error = np.abs(got - want) - CONDITIONING * (1 + np.abs(want))
            assert np.all(error <= 0), f"ill-conditioned: {name} {part} is {float(np.max(np.abs(got - want))):.2g} off extended precision"
