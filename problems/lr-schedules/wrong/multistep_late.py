# expect: WA
# Counts the milestones strictly before t, so each decay lands one step after its milestone.
# says: each milestone takes effect one step late
import math

import numpy as np


def lr_schedule(kind, base_lr, num_steps, options):
    out = []
    for t in range(num_steps):
        if kind == "step":
            out.append(base_lr * options["gamma"] ** (t // options["step_size"]))
        elif kind == "multistep":
            out.append(base_lr * options["gamma"] ** sum(m < t for m in options["milestones"]))
        elif kind == "exponential":
            out.append(base_lr * options["gamma"] ** t)
        else:
            w, total, low = options["warmup_steps"], options["total_steps"], options["min_lr"]
            if t < w:
                out.append(base_lr * t / w)
            else:
                progress = min(1.0, (t - w) / (total - w))
                out.append(low + (base_lr - low) * 0.5 * (1 + math.cos(math.pi * progress)))
    return np.array(out)
