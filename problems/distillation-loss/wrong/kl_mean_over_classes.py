# expect: WA
# Averages the KL over all N * C entries, as nn.KLDivLoss(reduction="mean") does, instead of
# summing over the classes and averaging over the batch ("batchmean").
# says: reduction='batchmean'
import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature, alpha):
    n, c = student_logits.shape
    rows = np.arange(n)
    T = temperature
    log_p = log_softmax(student_logits)
    log_ps = log_softmax(student_logits / T)
    log_pt = log_softmax(teacher_logits / T)
    pt = np.exp(log_pt)
    kl = np.mean(pt * (log_pt - log_ps))  # over N * C entries
    loss = (1 - alpha) * np.mean(-log_p[rows, labels]) + alpha * T * T * kl
    onehot = np.eye(c)[labels]
    grad = (1 - alpha) * (np.exp(log_p) - onehot) / n + alpha * T * (np.exp(log_ps) - pt) / (n * c)
    return loss, grad
