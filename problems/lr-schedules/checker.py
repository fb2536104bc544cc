"""The schedule against the reference, then a hint when it is what a known mistake produces
(the warmup or a milestone off by one, the cosine missing min_lr or not held past the end,
the whole schedule shifted by a step)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _warmup_cosine(base_lr, n, o, warmup_shift=0, ignore_min_lr=False, clamp=True, offset_warmup=True):
    t = np.arange(n)
    warmup, total = o["warmup_steps"], o["total_steps"]
    min_lr = 0.0 if ignore_min_lr else o["min_lr"]
    progress = (t - warmup) / (total - warmup) if offset_warmup else t / total
    if clamp:
        progress = np.clip(progress, 0.0, 1.0)
    cosine = min_lr + (base_lr - min_lr) * 0.5 * (1.0 + np.cos(np.pi * progress))
    return np.where(t < warmup, base_lr * np.minimum(t + warmup_shift, warmup) / max(warmup, 1), cosine)


def _reference(kind, base_lr, n, o, shift=0):
    t = np.arange(n) + shift
    if kind == "step":
        return base_lr * o["gamma"] ** (t // o["step_size"])
    if kind == "multistep":
        return base_lr * o["gamma"] ** np.searchsorted(np.asarray(o["milestones"]), t, side="right")
    if kind == "exponential":
        return base_lr * o["gamma"] ** t.astype(np.float64)
    warmup, total, min_lr = o["warmup_steps"], o["total_steps"], o["min_lr"]
    progress = np.clip((t - warmup) / (total - warmup), 0.0, 1.0)
    cosine = min_lr + (base_lr - min_lr) * 0.5 * (1.0 + np.cos(np.pi * progress))
    return np.where(t < warmup, base_lr * t / max(warmup, 1), cosine)


def _mistakes(kind, base_lr, n, o):
    candidates = []
    if kind == "step":
        candidates.append(
            ("the decay is continuous: StepLR decays in whole steps, base_lr * gamma ** (t // step_size)",
             lambda: base_lr * o["gamma"] ** (np.arange(n) / o["step_size"])))
    if kind == "multistep":
        candidates.append(
            ("each milestone takes effect one step late: at step t == milestone the lr is already multiplied by gamma "
             "(count the milestones <= t)",
             lambda: base_lr * o["gamma"] ** np.searchsorted(np.asarray(o["milestones"]), np.arange(n), side="left")))
    if kind == "warmup_cosine":
        candidates += [
            ("the warmup is off by one: lr[t] = base_lr * t / warmup_steps for t < warmup_steps, so lr[0] = 0 and the "
             "peak base_lr comes at t = warmup_steps",
             lambda: _warmup_cosine(base_lr, n, o, warmup_shift=1)),
            ("the cosine decays to 0, not to min_lr: lr = min_lr + (base_lr - min_lr) * (1 + cos(pi * progress)) / 2",
             lambda: _warmup_cosine(base_lr, n, o, ignore_min_lr=True)),
            ("past total_steps the cosine rises again: clamp progress to 1 so the lr stays at min_lr",
             lambda: _warmup_cosine(base_lr, n, o, clamp=False)),
            ("the cosine's progress must start after the warmup: progress = (t - warmup_steps) / (total_steps - warmup_steps)",
             lambda: _warmup_cosine(base_lr, n, o, offset_warmup=False)),
        ]
    candidates.append(
        ("the schedule is shifted by one step: index t holds the lr after t scheduler steps, so lr[0] is the "
         "starting value (base_lr, or 0 with a warmup)",
         lambda: _reference(kind, base_lr, n, o, shift=1)))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, name="lr")
    if problem is None:
        return True, ""
    hint = matching_hint(got, _mistakes(args["kind"], args["base_lr"], args["num_steps"], args["options"]), tol)
    return False, with_hint(f"{args['kind']} schedule: {problem}", hint)
