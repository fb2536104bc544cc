import numpy as np


def _rmsprop(param, grad, state, o):
    square_avg, buf, grad_avg = state
    lr, alpha, eps, wd, momentum = o["lr"], o["alpha"], o["eps"], o["weight_decay"], o["momentum"]
    g = grad + wd * param if wd != 0 else grad  # L2, as torch.optim.RMSprop
    square_avg = alpha * square_avg + (1 - alpha) * g * g
    if o["centered"]:
        grad_avg = alpha * grad_avg + (1 - alpha) * g
        avg = np.sqrt(square_avg - grad_avg * grad_avg) + eps
    else:
        avg = np.sqrt(square_avg) + eps
    if momentum > 0:
        buf = momentum * buf + g / avg
        param = param - lr * buf
    else:
        param = param - lr * g / avg
    return param, [square_avg, buf, grad_avg]


def _adamw(param, grad, state, step, o):
    exp_avg, exp_avg_sq = state
    lr, beta1, beta2, eps, wd = o["lr"], o["beta1"], o["beta2"], o["eps"], o["weight_decay"]
    param = param * (1 - lr * wd)  # decoupled: the decay never enters the moments
    exp_avg = beta1 * exp_avg + (1 - beta1) * grad
    exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * grad * grad
    m_hat = exp_avg / (1 - beta1**step)
    v_hat = exp_avg_sq / (1 - beta2**step)
    param = param - lr * m_hat / (np.sqrt(v_hat) + eps)
    return param, [exp_avg, exp_avg_sq]


def optimizer_step(kind, param, grad, state, step, options):
    if kind == "rmsprop":
        return _rmsprop(param, grad, state, options)
    if kind == "adamw":
        return _adamw(param, grad, state, step, options)
    raise ValueError(f"unknown kind {kind!r}")
