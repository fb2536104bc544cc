# expect: WA
# The sample std with no guard: a group of one gives 0 / nan and the advantages are nan.
# says: a group of one has no spread
import numpy as np


def grpo_loss(log_probs, old_log_probs, ref_log_probs, mask, rewards, group_size, epsilon, beta):
    n = log_probs.shape[0]
    grouped = rewards.reshape(-1, group_size)
    with np.errstate(all="ignore"):
        std = grouped.std(axis=1, ddof=1, keepdims=True)
    adv = ((grouped - grouped.mean(axis=1, keepdims=True)) / (std + 1e-4)).reshape(n)
    a = adv[:, None]
    r = np.exp(log_probs - old_log_probs)
    u, c = r * a, np.clip(r, 1 - epsilon, 1 + epsilon) * a
    d = ref_log_probs - log_probs
    per_token = -np.minimum(u, c) + beta * (np.exp(d) - d - 1)
    w = mask.astype(float)
    lengths = np.maximum(w.sum(axis=1), 1.0)
    loss = np.mean((per_token * w).sum(axis=1) / lengths)
    grad = (np.where(c < u, 0.0, -u) + beta * (1 - np.exp(d))) * w / (lengths[:, None] * n)
    return loss, adv, grad
