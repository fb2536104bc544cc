import numpy as np


def lr_schedule(kind, base_lr, num_steps, options):
    t = np.arange(num_steps)
    if kind == "step":
        return base_lr * options["gamma"] ** (t // options["step_size"])
    if kind == "multistep":
        # milestones m <= t have passed: at t == m the lr is already decayed (PyTorch's MultiStepLR)
        passed = np.searchsorted(np.asarray(options["milestones"]), t, side="right")
        return base_lr * options["gamma"] ** passed
    if kind == "exponential":
        return base_lr * options["gamma"] ** t.astype(np.float64)
    if kind == "warmup_cosine":
        warmup, total, min_lr = options["warmup_steps"], options["total_steps"], options["min_lr"]
        progress = np.clip((t - warmup) / (total - warmup), 0.0, 1.0)
        cosine = min_lr + (base_lr - min_lr) * 0.5 * (1.0 + np.cos(np.pi * progress))
        warming = base_lr * t / max(warmup, 1)
        return np.where(t < warmup, warming, cosine)
    raise ValueError(f"unknown kind {kind!r}")
