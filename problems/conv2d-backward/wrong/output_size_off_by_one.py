# expect: WA
# Computes the output size as (H + 2p - kH) // stride, without the + 1.
# says: the output size is off by one
import numpy as np


def conv2d_forward_backward(x, weight, bias, stride, padding, dout):
    n, _, h, w = x.shape
    f, _, kh, kw = weight.shape
    ho = (h + 2 * padding - kh) // stride
    wo = (w + 2 * padding - kw) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, f, ho, wo))
    for y in range(ho):
        for z in range(wo):
            win = xp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw]
            out[:, :, y, z] = np.tensordot(win, weight, axes=([1, 2, 3], [1, 2, 3])) + bias
    # the backward pass walks dout as given
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(weight)
    for y in range(dout.shape[2]):
        for z in range(dout.shape[3]):
            win = xp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw]
            dxp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw] += np.tensordot(dout[:, :, y, z], weight, axes=(1, 0))
            dw += np.tensordot(dout[:, :, y, z], win, axes=(0, 0))
    return out, dxp[:, :, padding : padding + h, padding : padding + w], dw, dout.sum(axis=(0, 2, 3))
