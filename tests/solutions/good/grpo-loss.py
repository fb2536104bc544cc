# Written unlike the reference: a loop over the groups for the advantages (the sample std by
# hand), log-space clipping of the ratio's branch test, and the per-completion mean by a loop.
import numpy as np


def grpo_loss(log_probs, old_log_probs, ref_log_probs, mask, rewards, group_size, epsilon, beta):
    n, t = log_probs.shape
    adv = np.zeros(n)
    for start in range(0, n, group_size):
        r = rewards[start:start + group_size]
        centred = r - r.sum() / group_size
        std = np.sqrt((centred ** 2).sum() / (group_size - 1)) if group_size > 1 else 0.0
        adv[start:start + group_size] = centred / (std + 1e-4)
    loss = 0.0
    grad = np.zeros((n, t))
    for i in range(n):
        keep = mask[i]
        count = int(keep.sum())
        if count == 0:
            continue
        log_ratio = log_probs[i, keep] - old_log_probs[i, keep]
        ratio = np.exp(log_ratio)
        a = adv[i]
        # The clipped term is strictly smaller exactly when the ratio has left the range on the side A favours.
        flat = (a > 0) & (ratio > 1 + epsilon) | (a < 0) & (ratio < 1 - epsilon)
        surrogate = np.where(flat, np.clip(ratio, 1 - epsilon, 1 + epsilon) * a, ratio * a)
        delta = ref_log_probs[i, keep] - log_probs[i, keep]
        k3 = np.expm1(delta) - delta
        loss += float(np.sum(-surrogate + beta * k3)) / count
        grad[i, keep] = (np.where(flat, 0.0, -ratio * a) - beta * np.expm1(delta)) / (count * n)
    return loss / n, adv, grad
