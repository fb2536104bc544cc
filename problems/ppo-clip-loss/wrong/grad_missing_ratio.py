# expect: WA
# Differentiates r * A as if d r / d log pi were 1: the gradient is -A / N instead of -r * A / N.
# says: the gradient is missing the ratio: d r / d new_log_probs = r
import numpy as np


def ppo_clip_loss(new_log_probs, old_log_probs, advantages, epsilon):
    n = len(new_log_probs)
    r = np.exp(new_log_probs - old_log_probs)
    a = r * advantages
    b = np.clip(r, 1 - epsilon, 1 + epsilon) * advantages
    loss = -np.mean(np.minimum(a, b))
    grad = np.where(b < a, 0.0, -advantages / n)
    return loss, grad
