# expect: WA
# The loss is right, but the hand-written gradient is -r * A / N everywhere, as if the clip
# were not there.
# says: the gradient ignores the clip: it is 0 where the clipped term is the minimum
import numpy as np


def ppo_clip_loss(new_log_probs, old_log_probs, advantages, epsilon):
    n = len(new_log_probs)
    r = np.exp(new_log_probs - old_log_probs)
    loss = -np.mean(np.minimum(r * advantages, np.clip(r, 1 - epsilon, 1 + epsilon) * advantages))
    return loss, -r * advantages / n
