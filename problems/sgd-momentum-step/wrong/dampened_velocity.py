# expect: WA
# Keeps the velocity as an exponential moving average of the gradients (1 - momentum) * g,
# where PyTorch's SGD (dampening 0) accumulates the whole gradient.
# says: the velocity is a dampened average


def sgd_momentum_step(param, grad, velocity, lr, momentum, weight_decay, nesterov):
    g = grad + weight_decay * param
    v = momentum * velocity + (1 - momentum) * g
    step = g + momentum * v if nesterov else v
    return param - lr * step, v
