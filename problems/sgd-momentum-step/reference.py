def sgd_momentum_step(param, grad, velocity, lr, momentum, weight_decay, nesterov):
    # torch.optim.SGD with dampening 0; a zero velocity before the first step makes
    # momentum * 0 + g the same as PyTorch's first buffer, g itself.
    g = grad + weight_decay * param
    new_velocity = momentum * velocity + g
    update = g + momentum * new_velocity if nesterov else new_velocity
    return param - lr * update, new_velocity
