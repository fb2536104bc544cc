# expect: WA
# Softens both distributions but leaves out the T^2 on the distillation term.
# says: the distillation term is multiplied by T^2
import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature, alpha):
    n = len(labels)
    rows = np.arange(n)
    log_p = log_softmax(student_logits)
    log_ps = log_softmax(student_logits / temperature)
    log_pt = log_softmax(teacher_logits / temperature)
    kl = np.sum(np.exp(log_pt) * (log_pt - log_ps), axis=1)
    loss = np.mean((1 - alpha) * -log_p[rows, labels] + alpha * kl)
    onehot = np.eye(student_logits.shape[1])[labels]
    grad = ((1 - alpha) * (np.exp(log_p) - onehot) + alpha / temperature * (np.exp(log_ps) - np.exp(log_pt))) / n
    return loss, grad
