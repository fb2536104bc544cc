"""q_rot and k_rot against the reference; then the relative-position property on the
solution's own output (the score of query m and key n depends on n - m only); then, on a
mismatch, a hint when the answer is what a known mistake produces (the other pairing
layout, the frequencies of one layout with the pairs of the other, the offset ignored or
off by one, the exponent 2i/d read as i/d, the rotation turned backwards)."""

import numpy as np

from judge.ml import Tolerance, compare, matching_hint, to_numpy, tolerance, with_hint

PARTS = ["q_rot", "k_rot"]


def _inv_freq(d, base, exponent_step=2):
    return 1.0 / base ** (np.arange(0, d // 2, dtype=np.float64) * exponent_step / d)


def _rope(x, positions, base, interleaved, freq_layout=None, exponent_step=2, sign=1.0):
    d = x.shape[-1]
    angles = np.outer(np.asarray(positions, dtype=np.float64), _inv_freq(d, base, exponent_step)) * sign
    cos, sin = np.cos(angles), np.sin(angles)
    layout = interleaved if freq_layout is None else freq_layout
    # Frequencies spread over d features the way `layout` pairs them.
    cos_d = np.repeat(cos, 2, axis=-1) if layout else np.concatenate([cos, cos], axis=-1)
    sin_d = np.repeat(sin, 2, axis=-1) if layout else np.concatenate([sin, sin], axis=-1)
    if interleaved:
        partner = np.empty_like(x)
        partner[..., 0::2] = -x[..., 1::2]
        partner[..., 1::2] = x[..., 0::2]
    else:
        half = d // 2
        partner = np.concatenate([-x[..., half:], x[..., :half]], axis=-1)
    return x * cos_d + partner * sin_d


def _mistakes(q, k, offset, base, interleaved):
    t = q.shape[-2]
    pos = offset + np.arange(t)

    def both(positions=pos, **kw):
        return _rope(q, positions, base, **kw), _rope(k, positions, base, **kw)

    layout = "interleaved (pairs 2i, 2i + 1)" if interleaved else "rotate-half (pairs i, i + d/2)"
    other = "rotate-half pairing (i, i + d/2)" if interleaved else "interleaved pairing (2i, 2i + 1)"
    return [
        (f"this is the {other}: interleaved={str(interleaved).lower()} asks for the {layout} layout",
         lambda: both(interleaved=not interleaved)),
        (f"the pairs are {layout} but the cos/sin were laid out for the other layout: with rotate-half the "
         "frequencies are concatenated (theta_0..theta_{d/2-1}, theta_0..theta_{d/2-1}), with interleaved each is "
         "repeated (theta_0, theta_0, theta_1, theta_1, ...)",
         lambda: both(interleaved=interleaved, freq_layout=not interleaved)),
        ("the position offset was ignored: token t sits at position offset + t (a decoding step continues "
         "after the cached tokens)", lambda: both(interleaved=interleaved, positions=np.arange(t))),
        ("the positions start at offset + 1: token t sits at position offset + t, the first at offset itself",
         lambda: both(interleaved=interleaved, positions=pos + 1)),
        ("the frequencies used base^(-i/d): theta_i = base^(-2i/d) for i = 0 .. d/2 - 1 "
         "(np.arange(0, d, 2) / d in the exponent)", lambda: both(interleaved=interleaved, exponent_step=1)),
        ("the rotation runs backwards (the sign of sin is flipped): x1' = x1 cos - x2 sin, x2' = x2 cos + x1 sin",
         lambda: both(interleaved=interleaved, sign=-1.0)),
    ]


def _relative_problem(q, k, q_rot, k_rot, base, interleaved, tol):
    """Scores of the solution's rotated q and k against q[m] . R(n - m) k[n], batch 0, head 0
    of each: RoPE makes attention depend on the relative position only."""
    t = q.shape[-2]
    qm, kn = q[0, 0], k[0, 0]
    got = q_rot[0, 0] @ k_rot[0, 0].T
    want = np.empty((t, t))
    for m in range(t):
        rel = np.arange(t) - m  # key n rotated by n - m, the query not at all
        want[m] = _rope(kn, rel, base, interleaved) @ qm[m]
    problem = compare(want, got, tol, "scores q_rot[0, 0] @ k_rot[0, 0].T")
    if problem is None:
        return None
    return (f"the relative-position property fails: {problem}; with RoPE the score of query m and key n depends on "
            "n - m only (the same rotation for q and k at each position)")


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    q = np.asarray(args["q"], dtype=np.float64)
    k = np.asarray(args["k"], dtype=np.float64)
    offset, base, interleaved = args["offset"], args["base"], args["interleaved"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        q_rot, k_rot = (np.asarray(to_numpy(part), dtype=np.float64) for part in got)
        # Scores are sums of d products of values up to 100: judged at a tolerance scaled to them.
        scale = float(np.abs(q).max() * np.abs(k).max() * q.shape[-1]) or 1.0
        problem = _relative_problem(q, k, q_rot, k_rot, base, interleaved, Tolerance(tol.atol * scale, tol.rtol))
        return problem is None, problem or ""
    return False, with_hint(problem, matching_hint(got, _mistakes(q, k, offset, base, interleaved), tol, parts=PARTS))
