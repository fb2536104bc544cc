# expect: WA
# The "v = momentum * v - lr * g; param += v" form (CS231n's): the same path when lr is
# constant, but a velocity in different units from PyTorch's buffer the statement asks for.
# says: this is the v = momentum * v - lr * g, param += v form


def sgd_momentum_step(param, grad, velocity, lr, momentum, weight_decay, nesterov):
    g = grad + weight_decay * param
    v = momentum * velocity - lr * g
    if nesterov:
        return param + momentum * v - lr * g, v
    return param + v, v
