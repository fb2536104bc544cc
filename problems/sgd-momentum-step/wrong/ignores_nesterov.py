# expect: WA
# Always takes the plain momentum step, whatever nesterov says.
# says: nesterov is true but the step is plain momentum


def sgd_momentum_step(param, grad, velocity, lr, momentum, weight_decay, nesterov):
    v = momentum * velocity + grad + weight_decay * param
    return param - lr * v, v
