# expect: WA
# Warms up with (t + 1) / warmup_steps, so step 0 already has a learning rate and the
# peak comes a step early.
# says: the warmup is off by one
import math

import numpy as np


def lr_schedule(kind, base_lr, num_steps, options):
    out = []
    for t in range(num_steps):
        if kind == "step":
            out.append(base_lr * options["gamma"] ** (t // options["step_size"]))
        elif kind == "multistep":
            out.append(base_lr * options["gamma"] ** sum(m <= t for m in options["milestones"]))
        elif kind == "exponential":
            out.append(base_lr * options["gamma"] ** t)
        else:
            w, total, low = options["warmup_steps"], options["total_steps"], options["min_lr"]
            if t < w:
                out.append(base_lr * (t + 1) / w)
            else:
                progress = min(1.0, (t - w) / (total - w))
                out.append(low + (base_lr - low) * 0.5 * (1 + math.cos(math.pi * progress)))
    return np.array(out)
