import numpy as np


def ppo_clip_loss(
    new_log_probs: np.ndarray, old_log_probs: np.ndarray, advantages: np.ndarray, epsilon: float
) -> tuple[float, np.ndarray]:
    n = new_log_probs.shape[0]
    ratio = np.exp(new_log_probs - old_log_probs)
    unclipped = ratio * advantages
    clipped = np.clip(ratio, 1 - epsilon, 1 + epsilon) * advantages
    loss = -float(np.mean(np.minimum(unclipped, clipped)))
    # The clipped term is flat in new_log_probs where it is strictly the smaller one; elsewhere
    # (the kinks r = 1 +- epsilon included) the gradient is that of r * A: d r / d new_log_probs = r.
    flat = clipped < unclipped
    grad = np.where(flat, 0.0, -unclipped / n)
    return loss, grad
