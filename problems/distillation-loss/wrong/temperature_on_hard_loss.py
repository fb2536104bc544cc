# expect: WA
# Uses the softened student softmax(s / T) for the hard-label cross-entropy too.
# says: the hard-label cross-entropy uses the student's plain logits
import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature, alpha):
    n, c = student_logits.shape
    rows = np.arange(n)
    T = temperature
    log_ps = log_softmax(student_logits / T)
    log_pt = log_softmax(teacher_logits / T)
    ps, pt = np.exp(log_ps), np.exp(log_pt)
    kl = np.sum(pt * (log_pt - log_ps), axis=1)
    loss = np.mean((1 - alpha) * -log_ps[rows, labels] + alpha * T * T * kl)
    onehot = np.eye(c)[labels]
    grad = ((1 - alpha) * (ps - onehot) / T + alpha * T * (ps - pt)) / n
    return loss, grad
