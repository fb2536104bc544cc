# expect: WA
# Sums dout over the spatial axes for the bias gradient but forgets the batch axis.
# says: db sums dout over the batch and both spatial axes
import numpy as np


def conv2d_forward_backward(x, weight, bias, stride, padding, dout):
    n, _, h, w = x.shape
    f, _, kh, kw = weight.shape
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, f, ho, wo)) + bias[None, :, None, None]
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(weight)
    for i in range(kh):
        for j in range(kw):
            xs = xp[:, :, i : i + stride * ho : stride, j : j + stride * wo : stride]
            out += np.einsum("nchw,fc->nfhw", xs, weight[:, :, i, j])
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xs)
            dxp[:, :, i : i + stride * ho : stride, j : j + stride * wo : stride] += np.einsum("nfhw,fc->nchw", dout, weight[:, :, i, j])
    db = dout.sum(axis=(2, 3))
    return out, dxp[:, :, padding : padding + h, padding : padding + w], dw, db
