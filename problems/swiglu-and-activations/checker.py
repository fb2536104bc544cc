"""y and grad_x against the reference, grad_x against centred finite differences of
sum(grad_out * y), then a hint when the answer is what a known mistake produces (the erf and
tanh forms of GELU swapped, sigmoid for SiLU, SiLU's derivative taken as the sigmoid's, the
activation on the up branch, the gradient through one branch only, a sigmoid that overflows,
the tanh form's derivative without the inner factor)."""

import math

import numpy as np

from judge.ml import FD_TOLERANCE, Tolerance, compare, matching_hint, numeric_gradient, to_numpy, tolerance, with_hint

PARTS = ["y", "grad_x"]
_erfc = np.vectorize(math.erfc, otypes=[np.float64])
_C = math.sqrt(2.0 / math.pi)


def _sigmoid(z, naive=False):
    if naive:
        e = np.exp(z)
        return e / (1.0 + e)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _act(z, kind, variant=None):
    if kind == "silu":
        s = _sigmoid(z, naive=variant == "naive")
        if variant == "sigmoid":
            return s, s * (1 - s)
        if variant == "sigmoid-derivative":
            return z * s, s * (1 - s)
        if variant == "no-product-rule":
            return z * s, s
        return z * s, s * (1 + z * (1 - s))
    if kind == "gelu":
        cdf = 0.5 * _erfc(-z / math.sqrt(2.0))
        return z * cdf, cdf + z * np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
    u = _C * (z + 0.044715 * z**3)
    t = np.tanh(u)
    inner = _C * (1 + 3 * 0.044715 * z * z) if variant != "no-inner" else _C
    return 0.5 * z * (1 + t), 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * inner


def _ffn(x, wg, wu, wd, kind, g, variant=None, swap=False, branches="both"):
    gate, up = (x @ wu, x @ wg) if swap else (x @ wg, x @ wu)
    a, da = _act(gate, kind, variant)
    y = (a * up) @ wd
    dh = g @ wd.T
    through_gate = (dh * up * da) @ (wu if swap else wg).T
    through_up = (dh * a) @ (wg if swap else wu).T
    grad = {"both": through_gate + through_up, "gate": through_gate, "up": through_up}[branches]
    return y, grad


def _mistakes(x, wg, wu, wd, kind, g):
    args = (x, wg, wu, wd, kind, g)
    other = {"gelu": "gelu_tanh", "gelu_tanh": "gelu", "silu": "gelu"}[kind]
    described = {
        "gelu": "the tanh approximation of GELU was used where activation = gelu asks for the exact erf form, "
                "z * Phi(z) = 0.5 * z * (1 + erf(z / sqrt(2)))",
        "gelu_tanh": "the exact erf form of GELU was used where activation = gelu_tanh asks for the tanh "
                     "approximation 0.5 * z * (1 + tanh(sqrt(2/pi) * (z + 0.044715 z^3)))",
        "silu": "GELU was used where activation = silu asks for SiLU(z) = z * sigmoid(z)",
    }[kind]
    candidates = [
        (described, lambda: _ffn(x, wg, wu, wd, other, g)),
        ("the activation went on the up branch: SwiGLU is (phi(x @ w_gate) * (x @ w_up)) @ w_down, phi on the gate",
         lambda: _ffn(*args, swap=True)),
        ("grad_x is missing the path through the up branch: add (d_hidden * phi(gate)) @ w_up.T",
         lambda: _ffn(*args, branches="gate")),
        ("grad_x is missing the path through the gate branch: add (d_hidden * up * phi'(gate)) @ w_gate.T",
         lambda: _ffn(*args, branches="up")),
    ]
    if kind == "silu":
        candidates += [
            ("this is sigmoid(z), not SiLU(z) = z * sigmoid(z)", lambda: _ffn(*args, variant="sigmoid")),
            ("SiLU's derivative was taken as the sigmoid's, s(1 - s): d/dz z * s(z) = s + z * s * (1 - s)",
             lambda: _ffn(*args, variant="sigmoid-derivative")),
            ("SiLU's derivative lost the product rule: d/dz z * s(z) = s + z * s * (1 - s), not s",
             lambda: _ffn(*args, variant="no-product-rule")),
            ("sigmoid was computed as exp(z) / (1 + exp(z)), which is inf / inf = nan for large z: use "
             "1 / (1 + exp(-z)) for z >= 0 and exp(z) / (1 + exp(z)) for z < 0",
             lambda: _ffn(*args, variant="naive")),
        ]
    if kind == "gelu_tanh":
        candidates.append(("the tanh form's derivative dropped the inner factor: d/dz u = sqrt(2/pi) * "
                           "(1 + 3 * 0.044715 z^2)", lambda: _ffn(*args, variant="no-inner")))
    return candidates


def _forward(x, wg, wu, wd, kind):
    return (_act(x @ wg, kind)[0] * (x @ wu)) @ wd


def _finite_difference_problem(x, wg, wu, wd, kind, g, grad):
    """grad_x against centred differences of sum(grad_out * y) at up to 256 entries, each
    differenced through its own row only (a row of y depends on that row of x alone)."""
    rows, cols = x.reshape(-1, x.shape[-1]), x.shape[-1]
    g_rows, got = g.reshape(rows.shape), grad.reshape(rows.shape)
    numeric, mine = np.zeros(rows.shape), np.zeros(rows.shape)
    largest = 0.0
    for flat in np.unique(np.linspace(0, rows.size - 1, min(rows.size, 256)).round().astype(int)):
        i, j = divmod(int(flat), cols)

        def f(row, i=i):
            return float(g_rows[i] @ _forward(row[None, :], wg, wu, wd, kind)[0])

        numeric[i, j] = numeric_gradient(f, rows[i], entries=[(j,)])[j]
        mine[i, j] = got[i, j]
        largest = max(largest, abs(f(rows[i])))
    # Differencing a function of size |f| costs about eps * |f| / h = 4e-11 * |f|: allowed for, with room.
    tol = Tolerance(FD_TOLERANCE.atol + 1e-9 * largest, FD_TOLERANCE.rtol)
    problem = compare(numeric, mine, tol, "grad_x")
    return None if problem is None else f"grad_x disagrees with centred finite differences of sum(grad_out * y): {problem}"


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    x, wg, wu, wd, g = (np.asarray(args[n], dtype=np.float64) for n in ("x", "w_gate", "w_up", "w_down", "grad_out"))
    kind = args["activation"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        grad = np.asarray(to_numpy(got[1]), dtype=np.float64)
        problem = _finite_difference_problem(x, wg, wu, wd, kind, g, grad)
        return problem is None, problem or ""
    return False, with_hint(problem, matching_hint(got, _mistakes(x, wg, wu, wd, kind, g), tol, parts=PARTS))
