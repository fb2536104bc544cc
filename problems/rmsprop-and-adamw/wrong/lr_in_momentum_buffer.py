# expect: WA
# RMSProp momentum written as the classic "v = momentum * v + lr * g / avg; param -= v", which
# keeps lr inside the buffer where torch keeps it outside.
# says: lr was folded into the buffer
import numpy as np


def optimizer_step(kind, param, grad, state, step, options):
    o = options
    if kind == "rmsprop":
        sq, buf, ga = state
        g = grad + o["weight_decay"] * param
        sq = o["alpha"] * sq + (1 - o["alpha"]) * g * g
        if o["centered"]:
            ga = o["alpha"] * ga + (1 - o["alpha"]) * g
            var = sq - ga * ga
        else:
            var = sq
        avg = np.sqrt(var) + o["eps"]
        if o["momentum"] > 0:
            buf = o["momentum"] * buf + o["lr"] * g / avg
            param = param - buf
        else:
            param = param - o["lr"] * g / avg
        return param, [sq, buf, ga]
    m, v = state
    lr, b1, b2, wd = o["lr"], o["beta1"], o["beta2"], o["weight_decay"]
    g = grad
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat = m / (1 - b1**step)
    v_hat = v / (1 - b2**step)
    return param * (1 - lr * wd) - lr * m_hat / (np.sqrt(v_hat) + o["eps"]), [m, v]
