# expect: WA
# Backpropagates into the padded input and returns that gradient without cropping the padding.
# says: dx still has the padding on it
import numpy as np


def conv2d_forward_backward(x, weight, bias, stride, padding, dout):
    n, c, h, w = x.shape
    f, _, kh, kw = weight.shape
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    # im2col: one row per (n, y, x) window
    cols = np.empty((n, ho, wo, c, kh, kw))
    for y in range(ho):
        for z in range(wo):
            cols[:, y, z] = xp[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw]
    cols = cols.reshape(n * ho * wo, -1)
    out = (cols @ weight.reshape(f, -1).T + bias).reshape(n, ho, wo, f).transpose(0, 3, 1, 2)
    g = dout.transpose(0, 2, 3, 1).reshape(-1, f)
    dw = (g.T @ cols).reshape(weight.shape)
    dcols = (g @ weight.reshape(f, -1)).reshape(n, ho, wo, c, kh, kw)
    dx = np.zeros_like(xp)
    for y in range(ho):
        for z in range(wo):
            dx[:, :, y * stride : y * stride + kh, z * stride : z * stride + kw] += dcols[:, y, z]
    return out, dx, dw, dout.sum(axis=(0, 2, 3))
