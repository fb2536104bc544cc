# Activations through log-space and tanh identities rather than the reference's formulas:
# sigmoid(z) = exp(-logaddexp(0, -z)), GELU's Phi from erf with erfc in the left tail,
# and the backward pass as one vector-Jacobian product per layer.
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[float])
_erfc = np.vectorize(math.erfc, otypes=[float])


def _phi(z, kind):
    if kind == "silu":
        s = np.exp(-np.logaddexp(0.0, -z))
        return z * s, s + z * s * np.exp(-np.logaddexp(0.0, z))
    if kind == "gelu":
        cdf = np.where(z < 0, 0.5 * _erfc(-z / math.sqrt(2)), 0.5 + 0.5 * _erf(z / math.sqrt(2)))
        return z * cdf, cdf + z * np.exp(-0.5 * z * z - 0.5 * math.log(2 * math.pi))
    k = math.sqrt(2 / math.pi)
    u = k * z * (1 + 0.044715 * z * z)
    half = 0.5 * (1 + np.tanh(u))
    sech2 = 1 / np.cosh(np.clip(u, -350, 350)) ** 2
    return z * half, half + 0.5 * z * sech2 * k * (1 + 0.134145 * z * z)


def gated_ffn(x, w_gate, w_up, w_down, activation, grad_out):
    gate, up = np.einsum("...i,ij->...j", x, w_gate), np.einsum("...i,ij->...j", x, w_up)
    a, da = _phi(gate, activation)
    y = np.einsum("...j,jk->...k", a * up, w_down)
    d_hidden = np.einsum("...k,jk->...j", grad_out, w_down)
    grad_x = np.einsum("...j,ij->...i", d_hidden * up * da, w_gate) + np.einsum("...j,ij->...i", d_hidden * a, w_up)
    return y, grad_x
