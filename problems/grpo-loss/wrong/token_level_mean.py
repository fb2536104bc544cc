# expect: WA
# Averages over every unmasked token of the batch at once (DAPO's token-level loss), so long
# completions weigh more than the paper's per-completion mean.
# says: average each completion over its own tokens
import numpy as np


def grpo_loss(log_probs, old_log_probs, ref_log_probs, mask, rewards, group_size, epsilon, beta):
    n = log_probs.shape[0]
    grouped = rewards.reshape(-1, group_size)
    std = grouped.std(axis=1, ddof=1, keepdims=True) if group_size > 1 else np.zeros((grouped.shape[0], 1))
    adv = ((grouped - grouped.mean(axis=1, keepdims=True)) / (std + 1e-4)).reshape(n)
    a = adv[:, None]
    r = np.exp(log_probs - old_log_probs)
    u, c = r * a, np.clip(r, 1 - epsilon, 1 + epsilon) * a
    d = ref_log_probs - log_probs
    per_token = -np.minimum(u, c) + beta * (np.exp(d) - d - 1)
    w = mask.astype(float)
    total = max(w.sum(), 1.0)
    loss = (per_token * w).sum() / total
    grad = (np.where(c < u, 0.0, -u) + beta * (1 - np.exp(d))) * w / total
    return loss, adv, grad
