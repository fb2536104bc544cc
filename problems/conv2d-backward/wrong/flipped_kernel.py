# expect: WA
# Implements the textbook (signal-processing) convolution: the kernel is rotated by 180 degrees,
# consistently in the forward and the backward pass.
# says: true convolution, with the kernel rotated by 180 degrees
import numpy as np


def conv2d_forward_backward(x, weight, bias, stride, padding, dout):
    k = weight[:, :, ::-1, ::-1]
    n, _, h, w = x.shape
    f, _, kh, kw = k.shape
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, f, ho, wo))
    dxp = np.zeros_like(xp)
    dk = np.zeros_like(k)
    for y in range(ho):
        for z in range(wo):
            win = xp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw]
            out[:, :, y, z] = np.tensordot(win, k, axes=([1, 2, 3], [1, 2, 3])) + bias
            dxp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw] += np.tensordot(dout[:, :, y, z], k, axes=(1, 0))
            dk += np.tensordot(dout[:, :, y, z], win, axes=(0, 0))
    dx = dxp[:, :, padding : padding + h, padding : padding + w]
    return out, dx, dk[:, :, ::-1, ::-1], dout.sum(axis=(0, 2, 3))
