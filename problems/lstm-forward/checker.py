"""output, h_n and c_n against the reference; on failure, a hint when the first part that
fails is what a known mistake produces: another gate order, a bias left out, the cell carried
by the output gate, h = o * c without the tanh, the pre-tanh cell returned where h belongs, the
given initial state ignored, an overflowing sigmoid or tanh."""

import itertools

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["output", "h_n", "c_n"]
ORDER = "ifgo"


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _lstm(x, h0, c0, w_ih, w_hh, b_ih, b_hh, order=ORDER, interleaved=False, use_b_ih=True, use_b_hh=True,
          carry="f", h_tanh=True, g_sigmoid=False):
    """The LSTM with one thing done the mistaken way, named by the keyword that is changed.
    Returns the hidden states, the cell states (both (T, B, H)) and the final h and c."""
    hidden = h0.shape[1]
    h, c = h0, c0
    hs, cs = [], []
    for t in range(x.shape[0]):
        z = x[t] @ w_ih.T + h @ w_hh.T
        if use_b_ih:
            z = z + b_ih
        if use_b_hh:
            z = z + b_hh
        chunks = z.reshape(-1, hidden, 4).transpose(2, 0, 1) if interleaved else z.reshape(-1, 4, hidden).transpose(1, 0, 2)
        gate = dict(zip(order, chunks))
        i, f, o = (_sigmoid(gate[k]) for k in "ifo")
        g = _sigmoid(gate["g"]) if g_sigmoid else np.tanh(gate["g"])
        c = (f if carry == "f" else o) * c + i * g
        h = o * (np.tanh(c) if h_tanh else c)
        hs.append(h)
        cs.append(c)
    return np.stack(hs), np.stack(cs), h, c


def _as_answer(run):
    hs, _, h, c = run
    return hs, h, c


def _order_hint(order):
    names = ", ".join(order)
    note = " (TensorFlow 1's LSTMCell splits its gates as i, j = g, f, o)" if order == "igfo" else ""
    return (
        f"the gates were read in the order {names}{note}: PyTorch's weight_ih, weight_hh and the biases stack the "
        "four gates' rows as i, f, g, o (input, forget, cell candidate, output), so rows [0, H) are i, [H, 2H) f, "
        "[2H, 3H) g and [3H, 4H) o"
    )


def _model_mistakes(args):
    candidates = [
        ("bias_hh was left out: every gate is W_ih x + b_ih + W_hh h + b_hh, both biases",
         lambda: _as_answer(_lstm(*args, use_b_hh=False))),
        ("bias_ih was left out: every gate is W_ih x + b_ih + W_hh h + b_hh, both biases",
         lambda: _as_answer(_lstm(*args, use_b_ih=False))),
        ("the old cell was kept by the output gate: c_t = f * c_{t-1} + i * g, the forget gate decides what stays",
         lambda: _as_answer(_lstm(*args, carry="o"))),
        ("h = o * c_t is missing the tanh: h_t = o * tanh(c_t)", lambda: _as_answer(_lstm(*args, h_tanh=False))),
        ("g, the candidate cell, went through a sigmoid: g = tanh(...), only i, f and o are sigmoids",
         lambda: _as_answer(_lstm(*args, g_sigmoid=True))),
        ("the 4H gate rows were read interleaved (i, f, g, o for unit 0, then unit 1, ...): they are four blocks of H "
         "rows, gates.reshape(B, 4, H), not gates.reshape(B, H, 4)",
         lambda: _as_answer(_lstm(*args, interleaved=True))),
    ]
    x, h0, c0, *weights = args
    for what, start in (("h0 and c0 were", (0 * h0, 0 * c0)), ("h0 was", (0 * h0, c0)), ("c0 was", (h0, 0 * c0))):
        candidates.append((f"{what} ignored (zeros used instead): the recurrence starts from the given (h0, c0)",
                           lambda start=start: _as_answer(_lstm(x, *start, *weights))))
    for order in itertools.permutations(ORDER):
        if order != tuple(ORDER):
            candidates.append((_order_hint("".join(order)), lambda order=order: _as_answer(_lstm(*args, order=order))))
    return candidates


def _part_mistakes(part, args):
    """Right recurrence, the wrong thing returned."""
    def run():
        return _lstm(*args)

    if part == "output":
        return [
            ("output holds the cell states c_t (before the tanh): it is the hidden states h_t = o * tanh(c_t)",
             lambda: run()[1]),
            ("output is shifted by one step: output[t] is h after reading x[t], so output[0] = h_1, not h0, and "
             "output[T - 1] = h_n", lambda: np.concatenate([args[1][None], run()[0][:-1]])),
        ]
    if part == "h_n":
        return [("h_n is the final cell state: h_n = o * tanh(c_n), the last row of output", lambda: run()[3])]
    return [
        ("c_n went through the tanh: return the cell state c_T itself", lambda: np.tanh(run()[3])),
        ("c_n is the final hidden state: c_n is the cell state c_T", lambda: run()[2]),
    ]


OVERFLOW = (
    "the sigmoid or tanh overflowed: exp(z) / (1 + exp(z)) is inf / inf = nan once z > 709, and "
    "(exp(2z) - 1) / (exp(2z) + 1) once z > 354; compute the sigmoid from exp(-|z|) and use np.tanh"
)


def _largest_pre_activation(x, h0, c0, w_ih, w_hh, b_ih, b_hh):
    """The largest |argument| any sigmoid or tanh of the right recurrence gets (z and c)."""
    hidden = h0.shape[1]
    h, c, largest = h0, c0, 0.0
    for t in range(x.shape[0]):
        z = x[t] @ w_ih.T + b_ih + h @ w_hh.T + b_hh
        i, f, o = (_sigmoid(z[:, k * hidden : (k + 1) * hidden]) for k in (0, 1, 3))
        c = f * c + i * np.tanh(z[:, 2 * hidden : 3 * hidden])
        h = o * np.tanh(c)
        largest = max(largest, float(np.max(np.abs(z))), float(np.max(np.abs(c))))
    return largest


def _hint(problem, got, args, tol):
    part = problem.split(" ", 1)[0].rstrip(":")
    if part not in PARTS or not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return None
    if " nan value" in problem and _largest_pre_activation(*args) > 354:
        # nan spreads through the recurrence in an order no one candidate predicts: named by its symptom.
        return OVERFLOW
    index = PARTS.index(part)
    hints = []
    candidates = [(hint, lambda make=make: make()[index]) for hint, make in _model_mistakes(args)]
    for hint, make in candidates + _part_mistakes(part, args):
        found = matching_hint(got[index], [(hint, make)], tol)
        if found and found not in hints:
            hints.append(found)
    return "; or ".join(hints) or None


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    names = ("x", "h0", "c0", "weight_ih", "weight_hh", "bias_ih", "bias_hh")
    arrays = tuple(np.asarray(args[name], dtype=np.float64) for name in names)
    return False, with_hint(problem, _hint(problem, got, arrays, tol))
