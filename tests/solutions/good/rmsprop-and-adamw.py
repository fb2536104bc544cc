# An alternative correct solution, written the way torch's single-tensor code is: copies of
# the buffers updated in place, lerp for the running means, the bias corrections folded into
# the step size and into sqrt(v) / sqrt(1 - beta2^t), and the decay applied first.
import math

import numpy as np


def _rmsprop(param, grad, state, o):
    param = param.copy()
    square_avg, buf, grad_avg = (s.copy() for s in state)
    if o["weight_decay"]:
        grad = grad + o["weight_decay"] * param
    square_avg *= o["alpha"]
    square_avg += (1 - o["alpha"]) * grad * grad
    if o["centered"]:
        grad_avg += (1 - o["alpha"]) * (grad - grad_avg)  # lerp
        avg = np.sqrt(square_avg - grad_avg**2)
    else:
        avg = np.sqrt(square_avg)
    avg += o["eps"]
    if o["momentum"] > 0:
        buf *= o["momentum"]
        buf += grad / avg
        param -= o["lr"] * buf
    else:
        param -= o["lr"] * grad / avg
    return param, [square_avg, buf, grad_avg]


def _adamw(param, grad, state, t, o):
    param = param * (1.0 - o["lr"] * o["weight_decay"])
    exp_avg, exp_avg_sq = (s.copy() for s in state)
    exp_avg += (1 - o["beta1"]) * (grad - exp_avg)  # lerp
    exp_avg_sq *= o["beta2"]
    exp_avg_sq += (1 - o["beta2"]) * grad * grad
    step_size = o["lr"] / (1 - o["beta1"] ** t)
    denom = np.sqrt(exp_avg_sq) / math.sqrt(1 - o["beta2"] ** t) + o["eps"]
    param -= step_size * exp_avg / denom
    return param, [exp_avg, exp_avg_sq]


def optimizer_step(kind, param, grad, state, step, options):
    if kind == "rmsprop":
        return _rmsprop(param, grad, state, options)
    return _adamw(param, grad, state, step, options)
