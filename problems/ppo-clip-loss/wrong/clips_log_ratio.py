# expect: WA
# Clips the log-ratio to [-epsilon, epsilon] instead of the ratio to [1 - epsilon, 1 + epsilon].
# says: clip the ratio r = exp(new - old) to [1 - eps, 1 + eps]
import numpy as np


def ppo_clip_loss(new_log_probs, old_log_probs, advantages, epsilon):
    n = len(new_log_probs)
    log_r = new_log_probs - old_log_probs
    r = np.exp(log_r)
    a = r * advantages
    b = np.exp(np.clip(log_r, -epsilon, epsilon)) * advantages
    loss = -np.mean(np.minimum(a, b))
    grad = np.where(b < a, 0.0, -a / n)
    return loss, grad
