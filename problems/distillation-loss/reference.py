import numpy as np


def _log_softmax(z: np.ndarray) -> np.ndarray:
    # Shift by the row's maximum, and never take the log of a probability: finite for any
    # finite logits, even when a probability underflows to 0.
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(
    student_logits: np.ndarray, teacher_logits: np.ndarray, labels: np.ndarray, temperature: float, alpha: float
) -> tuple[float, np.ndarray]:
    n = student_logits.shape[0]
    rows = np.arange(n)
    t = temperature
    log_p = _log_softmax(student_logits)  # the hard-label term uses T = 1
    log_ps = _log_softmax(student_logits / t)
    log_pt = _log_softmax(teacher_logits / t)
    pt = np.exp(log_pt)
    hard = -log_p[rows, labels]
    # KL(p_t^T || p_s^T) per example: a teacher probability that underflowed to 0 contributes
    # 0 * (finite) = 0, because both logs are finite.
    soft = np.sum(pt * (log_pt - log_ps), axis=1)
    loss = float(np.mean((1 - alpha) * hard + alpha * t * t * soft))
    onehot = np.zeros_like(student_logits)
    onehot[rows, labels] = 1.0
    # d/ds of T^2 * KL(p_t || softmax(s / T)) = T^2 * (p_s - p_t) / T = T * (p_s - p_t).
    grad = ((1 - alpha) * (np.exp(log_p) - onehot) + alpha * t * (np.exp(log_ps) - pt)) / n
    return loss, grad
