import numpy as np


def conv2d_forward_backward(x, weight, bias, stride, padding, dout):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    s, p = stride, padding
    h_out = (h + 2 * p - kh) // s + 1
    w_out = (w + 2 * p - kw) // s + 1
    x_pad = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    out = np.empty((n, c_out, h_out, w_out))
    out[...] = bias[None, :, None, None]
    dx_pad = np.zeros_like(x_pad)
    dw = np.empty_like(weight)
    # One kernel position (i, j) at a time: the input pixels it meets form a strided slice
    # of x_pad, (N, C_in, H_out, W_out), and the same slice receives its share of dx.
    for i in range(kh):
        rows = slice(i, i + s * (h_out - 1) + 1, s)
        for j in range(kw):
            cols = slice(j, j + s * (w_out - 1) + 1, s)
            patch = x_pad[:, :, rows, cols]
            out += np.einsum("nchw,oc->nohw", patch, weight[:, :, i, j])
            dw[:, :, i, j] = np.einsum("nohw,nchw->oc", dout, patch)
            dx_pad[:, :, rows, cols] += np.einsum("nohw,oc->nchw", dout, weight[:, :, i, j])
    dx = dx_pad[:, :, p : p + h, p : p + w]  # the padding is not an input: crop it off
    db = dout.sum(axis=(0, 2, 3))
    return out, dx, dw, db
