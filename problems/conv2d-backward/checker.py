"""out, dx, dw and db against the reference; then dx, dw and db against centred finite
differences of L = sum(dout * out) computed by the judge's own forward pass; on failure, a
hint when the failing part is what a known mistake produces (a flipped kernel, the stride
ignored in the backward pass, the padding left on dx, db not summed over N, H_out and W_out,
an output size off by one)."""

import numpy as np

from judge.ml import FD_TOLERANCE, compare, matching_hint, numeric_gradient, to_numpy, tolerance, with_hint

PARTS = ["out", "dx", "dw", "db"]
# L is affine in each of x, weight and bias, so a centred difference with any step is exact
# but for rounding; a unit step keeps that rounding (eps * |L| / step) smallest.
STEP = 1.0
FD_ENTRIES = 256  # per parameter, evenly spread, both ends included


def forward(x, weight, bias, stride, padding):
    """im2col by a strided window view: a different route from the reference's, on purpose."""
    kh, kw = weight.shape[2:]
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_pad, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.einsum("nchwij,ocij->nohw", windows, weight) + bias[None, :, None, None]


def _backward(x, weight, stride, padding, dout, backward_stride=None, flip=False):
    """dx (padded and cropped) and dw; ``backward_stride`` places dout as if the forward had
    used that stride; ``flip`` backpropagates through the kernel rotated by 180 degrees."""
    s = stride if backward_stride is None else backward_stride
    w = weight[:, :, ::-1, ::-1] if flip else weight
    kh, kw = weight.shape[2:]
    h_out, w_out = dout.shape[2:]
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dx_pad = np.zeros_like(x_pad)
    dw = np.empty_like(weight)
    for i in range(kh):
        rows = slice(i, i + s * (h_out - 1) + 1, s)
        for j in range(kw):
            cols = slice(j, j + s * (w_out - 1) + 1, s)
            dx_pad[:, :, rows, cols] += np.einsum("nohw,oc->nchw", dout, w[:, :, i, j])
            dw[:, :, i, j] = np.einsum("nohw,nchw->oc", dout, x_pad[:, :, rows, cols])
    return dx_pad, (dw[:, :, ::-1, ::-1] if flip else dw)


def _cropped(dx_pad, padding, h, w):
    return dx_pad[:, :, padding : padding + h, padding : padding + w]


FLIPPED = (
    "this is a true convolution, with the kernel rotated by 180 degrees: conv2d in deep learning (torch's F.conv2d) "
    "is cross-correlation, out[n, o, y, x] = bias[o] + sum over c, i, j of weight[o, c, i, j] * "
    "x_pad[n, c, y*stride + i, x*stride + j], no flip"
)


def _stride_ignored(part):
    return (
        f"the backward pass ignored the stride in {part}: output position (y, x) read input rows y*stride + i and "
        "columns x*stride + j, so its gradient goes back to exactly those, not to y + i and x + j"
    )

SUM_DB = "db sums dout over the batch and both spatial axes: db = dout.sum(axis=(0, 2, 3))"
NO_MEAN = "is a sum over the batch and positions, not a mean: L = sum(dout * out) has no 1/N"


def _mistakes(part, x, weight, bias, stride, padding, dout):
    n, _, h, w = x.shape
    if part == "out":
        return [
            (FLIPPED, lambda: forward(x, weight[:, :, ::-1, ::-1], bias, stride, padding)),
            ("the bias was not added: out = conv(x, weight) + bias[o] in every position",
             lambda: forward(x, weight, np.zeros_like(bias), stride, padding)),
            ("the stride was ignored in the forward pass: slide the kernel by `stride` positions",
             lambda: forward(x, weight, bias, 1, padding)),
            ("the input was not zero-padded: pad `padding` zeros on every side of H and W first",
             lambda: forward(x, weight, bias, stride, 0)),
        ]
    if part == "dx":
        return [
            (_stride_ignored("dx"), lambda: _cropped(_backward(x, weight, stride, padding, dout, backward_stride=1)[0], padding, h, w)),
            ("dx still has the padding on it: crop it, dx = dx_padded[:, :, p:p + H, p:p + W]",
             lambda: _backward(x, weight, stride, padding, dout)[0]),
            ("dx_padded[:, :, p:-p, p:-p] is empty when padding = 0 (-0 is 0): crop with p:p + H and p:p + W",
             lambda: _backward(x, weight, stride, padding, dout)[0][:, :, padding:-padding, padding:-padding]),
            ("dx was cut from the top-left corner of the padded gradient: the padding is on both sides, "
             "dx = dx_padded[:, :, p:p + H, p:p + W]",
             lambda: _backward(x, weight, stride, padding, dout)[0][:, :, :h, :w]),
            ("dx used the kernel the wrong way round (rotated by 180 degrees): dout[n, o, y, x] * weight[o, c, i, j] "
             "goes back to x_pad[n, c, y*stride + i, x*stride + j], the pixel it multiplied; as one operation, dx is the "
             "full cross-correlation of the stride-dilated dout with the kernel rotated by 180 degrees",
             lambda: _cropped(_backward(x, weight, stride, padding, dout, flip=True)[0], padding, h, w)),
        ]
    if part == "dw":
        dw = _backward(x, weight, stride, padding, dout)[1]
        return [
            (f"dw is the right gradient rotated by 180 degrees: {FLIPPED}", lambda: dw[:, :, ::-1, ::-1]),
            (_stride_ignored("dw"), lambda: _backward(x, weight, stride, padding, dout, backward_stride=1)[1]),
            (f"dw is N = {n} times too small: dw {NO_MEAN}", lambda: dw / n),
        ]
    return [
        (SUM_DB, lambda: dout.sum(axis=(2, 3))),
        (SUM_DB, lambda: dout.sum(axis=0)),
        (SUM_DB, lambda: dout.sum(axis=(0, 2))),
        (SUM_DB, lambda: dout.sum(axis=(0, 3))),
        (SUM_DB, lambda: dout.sum(axis=(1, 2, 3))),
        (SUM_DB, lambda: dout[0].sum(axis=(1, 2))),
        (f"db {NO_MEAN}", lambda: dout.mean(axis=(0, 2, 3))),
        (f"db {NO_MEAN}", lambda: dout.sum(axis=(0, 2, 3)) / n),
    ]


def _size_hint(got_out, x, weight, stride, padding):
    """An output of the wrong height or width: say what the formula gives."""
    shape = getattr(got_out, "shape", None)
    if shape is None or len(shape) != 4:
        return None
    h, w = x.shape[2:]
    kh, kw = weight.shape[2:]
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
    if tuple(shape[2:]) == (h_out, w_out):
        return None
    off = "off by one" if max(abs(shape[2] - h_out), abs(shape[3] - w_out)) == 1 else "wrong"
    return (
        f"the output size is {off}: H_out = floor((H + 2*padding - kH) / stride) + 1 = floor(({h} + {2 * padding} - {kh}) / "
        f"{stride}) + 1 = {h_out} and W_out = floor(({w} + {2 * padding} - {kw}) / {stride}) + 1 = {w_out}, got {shape[2]} x {shape[3]}"
    )


def _hint(problem, got, x, weight, bias, stride, padding, dout, tol):
    part = problem.split(" ", 1)[0].rstrip(":")
    if part not in PARTS or not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return None
    mine = got[PARTS.index(part)]
    # Two mistakes can give the same answer on a small case (a 1x1 kernel with stride 2 and
    # padding 1: stride ignored = cropped from the corner); then both are named.
    hints = []
    for candidate in _mistakes(part, x, weight, bias, stride, padding, dout):
        found = matching_hint(mine, [candidate], tol)
        if found and found not in hints:
            hints.append(found)
    hint = "; or ".join(hints) or None
    if hint is None and part == "out":
        decoded = to_numpy(mine)
        hint = _size_hint(decoded, x, weight, stride, padding) if isinstance(decoded, np.ndarray) else None
    return hint


def _entries(shape, limit=FD_ENTRIES):
    size = int(np.prod(shape))
    flat = range(size) if size <= limit else np.unique(np.linspace(0, size - 1, limit).round().astype(np.int64))
    return [tuple(int(i) for i in np.unravel_index(int(k), shape)) for k in flat]


def _finite_differences(x, weight, bias, stride, padding, dout):
    """dL/dx, dL/dweight, dL/dbias by centred differences at up to FD_ENTRIES entries each
    (nan elsewhere). Each difference re-runs only the forward pass it changes: one example
    for an entry of x, one output channel for an entry of weight or bias (L splits into
    such sums, so this is L's own difference, not an approximation of it)."""
    numeric = {"dx": np.full(x.shape, np.nan), "dw": np.full(weight.shape, np.nan), "db": np.full(bias.shape, np.nan)}
    for index in _entries(x.shape):
        k = index[0]

        def loss_x(xk, k=k):
            return float(np.sum(dout[k : k + 1] * forward(xk, weight, bias, stride, padding)))

        numeric["dx"][index] = numeric_gradient(loss_x, x[k : k + 1], [(0, *index[1:])], step=STEP)[(0, *index[1:])]
    for name, array in (("dw", weight), ("db", bias)):
        for index in _entries(array.shape):
            o = index[0]

            def loss_o(value, o=o, name=name):
                w_o, b_o = (value, bias[o : o + 1]) if name == "dw" else (weight[o : o + 1], value)
                return float(np.sum(dout[:, o : o + 1] * forward(x, w_o, b_o, stride, padding)))

            local = (0, *index[1:])
            numeric[name][index] = numeric_gradient(loss_o, array[o : o + 1], [local], step=STEP)[local]
    return numeric


def _finite_difference_problem(got, x, weight, bias, stride, padding, dout):
    numeric = _finite_differences(x, weight, bias, stride, padding, dout)
    for name, value in zip(PARTS[1:], got[1:]):
        want = numeric[name]
        mine = np.array(to_numpy(value), dtype=np.float64)
        skipped = np.isnan(want)
        want[skipped] = 0.0
        mine[skipped] = 0.0  # entries not differenced count as equal, so messages keep the array's indices
        problem = compare(want, mine, FD_TOLERANCE, name)
        if problem:
            checked = int((~skipped).sum())
            return f"{name} disagrees with centred finite differences of L = sum(dout * out) (checked at {checked} entries): {problem}"
    return None


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    x, weight, bias, dout = (np.asarray(args[k], dtype=np.float64) for k in ("x", "weight", "bias", "dout"))
    stride, padding = args["stride"], args["padding"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        problem = _finite_difference_problem(got, x, weight, bias, stride, padding, dout)
        return problem is None, problem or ""
    return False, with_hint(problem, _hint(problem, got, x, weight, bias, stride, padding, dout, tol))
