"""(loss, grad_image, grad_text, grad_logit_scale) against the reference, each value within
abs_tol + rel_tol * |expected| + scale_tol * M (M: 0 for the loss, s / (N * ||row||) for a
gradient row, s for grad_logit_scale; s = exp(logit_scale)), then a
hint when the answer is what a known mistake produces (no L2 normalisation, one direction
only, logit_scale not exponentiated, exp() overflowing, the normalisation left out of the
backward pass, d loss / d scale for d loss / d logit_scale, a sum for a mean)."""

import numpy as np

from judge.ml import Tolerance, compare, to_numpy, tolerance, with_hint
from judge.values import decode, show

PARTS = ["loss", "grad_image", "grad_text", "grad_logit_scale"]


def _scales(args):
    """The M of each part: what rounding of logits up to s = exp(logit_scale) can move an
    entry by, up to the factor scale_tol (see the statement)."""
    x = np.asarray(args["image_emb"], dtype=np.float64)
    y = np.asarray(args["text_emb"], dtype=np.float64)
    s, n = float(np.exp(args["logit_scale"])), x.shape[0]
    rows_x = s / (n * np.linalg.norm(x, axis=1, keepdims=True)) * np.ones_like(x)
    rows_y = s / (n * np.linalg.norm(y, axis=1, keepdims=True)) * np.ones_like(y)
    return [0.0, rows_x, rows_y, s]


def _compare(expected, got, args, config):
    """None when every part is within its tolerance, else what is wrong with the first that is not."""
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return f"return a tuple of {len(PARTS)} ({', '.join(PARTS)}); got {show(got, 80)}"
    base = tolerance(config)
    scale_tol = float(config.options.get("scale_tol", 0.0))
    for name, want, have, scale in zip(PARTS, expected, got, _scales(args)):
        # Shape, dtype, nan and inf first (with no tolerance on values), then the values.
        problem = compare(want, have, Tolerance(atol=1e308, rtol=0.0, dtype=base.dtype), name=name)
        if problem:
            return problem
        e = np.asarray(to_numpy(want), dtype=np.float64)
        g = np.asarray(to_numpy(have), dtype=np.float64)
        bound = base.atol + base.rtol * np.abs(e) + scale_tol * np.asarray(scale)
        with np.errstate(invalid="ignore"):
            error = np.abs(g - e)
        # A mistake's own nan (or inf) matches the same in the answer: the hints compare those too.
        off = ~((error <= bound) | (np.isnan(e) & np.isnan(g)) | (e == g))
        if not off.any():
            continue
        worst = np.unravel_index(int(np.argmax(np.where(off, error, -1.0))), e.shape) if e.ndim else ()
        where = f" at [{', '.join(str(int(i)) for i in worst)}]" if e.ndim else ""
        tally = f"{int(off.sum())} of {off.size} values are off; " if off.size > 1 else ""
        return (f"{name}: {tally}abs error {float(error[worst]):.1e}{where} (expected {float(e[worst]):.6g}, "
                f"got {float(g[worst]):.6g}) exceeds {float(np.broadcast_to(bound, e.shape)[worst]):.2e}, "
                f"the tolerance there")
    return None


def _log_softmax(z, axis):
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def _naive_log_softmax(z, axis):
    e = np.exp(z)
    return np.log(e / np.sum(e, axis=axis, keepdims=True))


def _clip(x, y, logit_scale, normalise=True, both=True, exponentiate=True, log_softmax=_log_softmax,
          jacobian=True, scale_chain=True, halve=True, mean=True):
    n = x.shape[0]
    nx = np.linalg.norm(x, axis=1, keepdims=True) if normalise else np.ones((n, 1))
    ny = np.linalg.norm(y, axis=1, keepdims=True) if normalise else np.ones((n, 1))
    u, v = x / nx, y / ny
    s = np.exp(logit_scale) if exponentiate else logit_scale
    cos = u @ v.T
    z = s * cos
    rows, cols = log_softmax(z, 1), log_softmax(z, 0)
    eye = np.eye(n)
    reduce = n if mean else 1
    if both:
        total = -(np.trace(rows) + np.trace(cols)) / reduce
        d_z = ((np.exp(rows) - eye) + (np.exp(cols) - eye)) / reduce
        if halve:
            total, d_z = total / 2, d_z / 2
    else:
        total = -np.trace(rows) / reduce
        d_z = (np.exp(rows) - eye) / reduce
    d_cos = s * d_z
    d_ls = np.sum(d_z * z) if scale_chain else np.sum(d_z * cos)
    if not exponentiate:
        d_ls = np.sum(d_z * cos)
    d_u, d_v = d_cos @ v, d_cos.T @ u
    if normalise and jacobian:
        d_u = d_u - u * np.sum(d_u * u, axis=1, keepdims=True)
        d_v = d_v - v * np.sum(d_v * v, axis=1, keepdims=True)
    if normalise:
        d_u, d_v = d_u / nx, d_v / ny
    return float(total), d_u, d_v, float(d_ls)


def _mistakes(x, y, ls):
    n = x.shape[0]
    out = [
        ("the embeddings were not L2-normalised: the logits are exp(logit_scale) * cosine similarities, "
         "x / ||x|| for every row first", lambda: _clip(x, y, ls, normalise=False)),
        ("only the image -> text direction (softmax over each row); CLIP averages it with text -> image "
         "(softmax over each column): (CE(logits) + CE(logits.T)) / 2", lambda: _clip(x, y, ls, both=False)),
        ("the logits are scaled by exp(logit_scale), not by logit_scale itself (it is a log temperature)",
         lambda: _clip(x, y, ls, exponentiate=False)),
        ("exp() of the logits overflowed (exp(logit_scale) is up to about 22026 here): subtract each row's "
         "(column's) maximum before exponentiating, or use a log-sum-exp", lambda: _clip(x, y, ls, log_softmax=_naive_log_softmax)),
        ("the backward pass skipped the normalisation's Jacobian: d/dx of x / ||x|| is (I - u u^T) / ||x||, "
         "so remove the radial part u * (u . g) before dividing by ||x||", lambda: _clip(x, y, ls, jacobian=False)),
        ("grad_logit_scale is d loss / d logit_scale = exp(logit_scale) * d loss / d scale = sum(d_logits * logits); "
         "this is d loss / d scale", lambda: _clip(x, y, ls, scale_chain=False)),
        ("the two directions are averaged, not added: divide their sum by 2", lambda: _clip(x, y, ls, halve=False)),
    ]
    if n > 1:
        out.append((f"each cross-entropy is the mean over the N = {n} pairs, not the sum", lambda: _clip(x, y, ls, mean=False)))
    return out


def _hint(got, args, x, y, ls, config):
    for hint, make in _mistakes(x, y, ls):
        try:
            with np.errstate(all="ignore"):
                value = make()
            if _compare(value, got, args, config) is None:
                return hint
        except (ValueError, TypeError, ArithmeticError, IndexError):
            continue
    return None


def check(args, expected, got, extras, config):
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = _compare(expected, got, args, config)
    if problem is None:
        return True, ""
    x = np.asarray(args["image_emb"], dtype=np.float64)
    y = np.asarray(args["text_emb"], dtype=np.float64)
    return False, with_hint(problem, _hint(got, args, x, y, float(args["logit_scale"]), config))
