# expect: WA
# Adds the weight decay to the step only, so it never enters the velocity (PyTorch adds it
# to the gradient first, and the velocity accumulates it).
# says: weight decay must be added to the gradient before the velocity update


def sgd_momentum_step(param, grad, velocity, lr, momentum, weight_decay, nesterov):
    v = momentum * velocity + grad
    step = grad + momentum * v if nesterov else v
    return param - lr * (step + weight_decay * param), v
