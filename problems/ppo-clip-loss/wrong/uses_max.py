# expect: WA
# Takes the maximum of the clipped and unclipped terms (an optimistic bound), so large
# ratios with positive advantages are never capped.
# says: PPO takes the minimum of r * A and clip(r, 1 - eps, 1 + eps) * A
import numpy as np


def ppo_clip_loss(new_log_probs, old_log_probs, advantages, epsilon):
    n = len(new_log_probs)
    r = np.exp(new_log_probs - old_log_probs)
    a = r * advantages
    b = np.clip(r, 1 - epsilon, 1 + epsilon) * advantages
    loss = -np.mean(np.maximum(a, b))
    grad = np.where(b > a, 0.0, -a / n)
    return loss, grad
