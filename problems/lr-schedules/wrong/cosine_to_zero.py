# expect: WA
# The cosine decays from base_lr to 0, ignoring min_lr.
# says: the cosine decays to 0, not to min_lr
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
            w, total = options["warmup_steps"], options["total_steps"]
            if t < w:
                out.append(base_lr * t / w)
            else:
                progress = min(1.0, (t - w) / (total - w))
                out.append(base_lr * 0.5 * (1 + math.cos(math.pi * progress)))
    return np.array(out)
