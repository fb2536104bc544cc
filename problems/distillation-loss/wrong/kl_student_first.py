# expect: WA
# KL(student || teacher): the divergence taken the wrong way round.
# says: the KL is the wrong way round
import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature, alpha):
    n = len(labels)
    rows = np.arange(n)
    T = temperature
    log_p = log_softmax(student_logits)
    log_ps = log_softmax(student_logits / T)
    log_pt = log_softmax(teacher_logits / T)
    ps = np.exp(log_ps)
    kl = np.sum(ps * (log_ps - log_pt), axis=1)
    loss = np.mean((1 - alpha) * -log_p[rows, labels] + alpha * T * T * kl)
    onehot = np.eye(student_logits.shape[1])[labels]
    # d KL(ps || pt) / d (s / T) = ps * ((log ps - log pt) - KL)
    dkl = ps * ((log_ps - log_pt) - kl[:, None])
    grad = ((1 - alpha) * (np.exp(log_p) - onehot) + alpha * T * dkl) / n
    return loss, grad
