"""Random layers, deterministic for the seed in problem.yaml: the usual 3x3 / stride 1 /
padding 1 shape, strided layers whose stride does not divide H + 2p - kH, 1x1 kernels,
kernels as large as the padded input, padding larger than the kernel, and the largest
sizes the constraints allow (x of 4 x 4 x 32 x 32)."""


def _tensor(rng, shape, scale):
    if len(shape) == 1:
        return [rng.gauss(0.0, scale) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale) for _ in range(shape[0])]


def _case(rng, n, c_in, c_out, h, w, kh, kw, stride, padding):
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    return {
        "x": _tensor(rng, (n, c_in, h, w), 1.0),
        "weight": _tensor(rng, (c_out, c_in, kh, kw), (c_in * kh * kw) ** -0.5),
        "bias": _tensor(rng, (c_out,), 0.5),
        "stride": stride,
        "padding": padding,
        "dout": _tensor(rng, (n, c_out, h_out, w_out), 1.0),
    }


def _named(n, c_in, c_out, h, w, kh, kw, stride, padding, note=""):
    shape = f"x ({n}, {c_in}, {h}, {w}), weight ({c_out}, {c_in}, {kh}, {kw}), stride {stride}, padding {padding}"
    return shape + (f": {note}" if note else "")


LAYERS = [
    (2, 3, 4, 8, 8, 3, 3, 1, 1, "3x3 'same' convolution"),
    (4, 4, 8, 32, 32, 3, 3, 1, 1, "the largest input"),
    (4, 4, 8, 32, 32, 5, 5, 2, 2, "stride 2 does not divide 32 + 4 - 5 = 31"),
    (2, 8, 8, 31, 17, 3, 3, 2, 0, "odd sizes, stride 2 divides neither 28 nor 14"),
    (3, 4, 5, 23, 29, 4, 3, 3, 1, "stride 3 divides neither 21 nor 28"),
    (2, 6, 8, 16, 16, 1, 1, 1, 0, "1x1 kernel"),
    (2, 5, 3, 15, 15, 1, 1, 4, 2, "1x1 kernel, stride 4, padding 2"),
    (2, 3, 4, 6, 7, 10, 11, 1, 2, "the kernel as large as the padded input"),
    (1, 2, 3, 12, 12, 16, 16, 3, 2, "a 16x16 kernel over a 16x16 padded input"),
    (2, 2, 3, 9, 9, 2, 2, 1, 5, "padding 5, larger than the 2x2 kernel"),
    (1, 1, 6, 28, 28, 5, 5, 1, 0, "C_in = 1, N = 1 (one grayscale image, LeNet's first layer)"),
    (8, 2, 2, 16, 16, 7, 7, 4, 3, "N = 8, 7x7 kernel, stride 4"),
    (2, 8, 1, 20, 13, 3, 5, 2, 1, "C_out = 1, a non-square kernel"),
]


def generate(rng):
    for n, c_in, c_out, h, w, kh, kw, stride, padding, note in LAYERS:
        layer = (n, c_in, c_out, h, w, kh, kw, stride, padding)
        yield {"name": _named(*layer, note), "args": _case(rng, *layer)}
    for _ in range(6):
        stride, padding = rng.randint(1, 4), rng.randint(0, 5)
        n, c_in, c_out = rng.randint(1, 4), rng.randint(1, 6), rng.randint(1, 6)
        h, w = rng.randint(1, 20), rng.randint(1, 20)
        kh, kw = rng.randint(1, min(16, h + 2 * padding)), rng.randint(1, min(16, w + 2 * padding))
        layer = (n, c_in, c_out, h, w, kh, kw, stride, padding)
        yield {"name": _named(*layer, "random"), "args": _case(rng, *layer)}
