import numpy as np

STD_EPS = 1e-4  # added to each group's standard deviation, as in TRL


def grpo_loss(
    log_probs: np.ndarray,
    old_log_probs: np.ndarray,
    ref_log_probs: np.ndarray,
    mask: np.ndarray,
    rewards: np.ndarray,
    group_size: int,
    epsilon: float,
    beta: float,
) -> tuple[float, np.ndarray, np.ndarray]:
    n, _ = log_probs.shape
    # Group-relative advantages: rows g*G .. g*G + G - 1 answer the same prompt.
    grouped = rewards.reshape(-1, group_size)
    mean = grouped.mean(axis=1, keepdims=True)
    # The sample std, as torch.std; a group of one has no spread: its std is 0, its advantage 0.
    std = grouped.std(axis=1, ddof=1, keepdims=True) if group_size > 1 else np.zeros_like(mean)
    advantages = ((grouped - mean) / (std + STD_EPS)).reshape(n)

    a = advantages[:, None]
    ratio = np.exp(log_probs - old_log_probs)
    unclipped = ratio * a
    clipped = np.clip(ratio, 1 - epsilon, 1 + epsilon) * a
    # k3, DeepSeekMath's unbiased, non-negative KL estimator: pi_ref/pi - log(pi_ref/pi) - 1.
    log_ref_ratio = ref_log_probs - log_probs
    kl = np.exp(log_ref_ratio) - log_ref_ratio - 1
    per_token = -np.minimum(unclipped, clipped) + beta * kl

    weight = mask.astype(np.float64)
    lengths = np.maximum(weight.sum(axis=1), 1.0)  # an empty completion adds 0 but still counts in the mean
    loss = float(np.mean((per_token * weight).sum(axis=1) / lengths))

    # d per_token / d log_probs: the surrogate's is -r * A where r * A is the minimum (0 where the
    # clipped term is strictly smaller); the KL's is beta * (1 - pi_ref / pi).
    d_surrogate = np.where(clipped < unclipped, 0.0, -unclipped)
    d_kl = beta * (1.0 - np.exp(log_ref_ratio))
    grad = (d_surrogate + d_kl) * weight / (lengths[:, None] * n)
    return loss, advantages, grad
