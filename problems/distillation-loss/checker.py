"""loss and grad against the reference, grad against centred finite differences of the loss
in the student's logits, and a hint naming the mistake the failing member looks like (no
T^2, KL the wrong way round, KLDivLoss's mean over classes, T on the hard term, the weights
swapped, an unsoftened teacher, the chain rule's 1/T, no max shift)."""

import numpy as np

from judge.ml import compare, gradient_check, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["loss", "grad"]


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _naive_log_softmax(z):
    e = np.exp(z)
    return np.log(e / np.sum(e, axis=1, keepdims=True))


def _answer(s, t, labels, temperature, alpha, squared=True, swap_kl=False, over_classes=False, hard_t=False,
            swap_weights=False, soften_teacher=True, grad_power=1, log_softmax=_log_softmax):
    n, c = s.shape
    rows = np.arange(n)
    T = temperature
    w_hard, w_soft = (alpha, 1 - alpha) if swap_weights else (1 - alpha, alpha)
    log_p = log_softmax(s / T if hard_t else s)
    log_ps = log_softmax(s / T)
    log_pt = log_softmax(t / T if soften_teacher else t)
    ps, pt = np.exp(log_ps), np.exp(log_pt)
    factor = T * T if squared else 1.0
    soft = np.sum(ps * (log_ps - log_pt), axis=1) if swap_kl else np.sum(pt * (log_pt - log_ps), axis=1)
    if over_classes:
        soft = soft / c
    loss = float(np.mean(w_hard * -log_p[rows, labels] + w_soft * factor * soft))
    onehot = np.zeros_like(s)
    onehot[rows, labels] = 1.0
    hard_grad = (np.exp(log_p) - onehot) / (T if hard_t else 1.0)
    soft_grad = factor * (ps - pt) / T * (T ** (grad_power - 1))
    if over_classes:
        soft_grad = soft_grad / c
    return loss, (w_hard * hard_grad + w_soft * soft_grad) / n


def mean_loss(s, t, labels, temperature, alpha):
    return _answer(s, t, labels, temperature, alpha)[0]


def _mistakes(s, t, labels, temperature, alpha):
    a = (s, t, labels, temperature, alpha)
    c = s.shape[1]
    return [
        ("the distillation term is multiplied by T^2: softening by T scales its gradient by 1/T^2, and T^2 restores it "
         "(Hinton et al.): (1 - alpha) * CE + alpha * T^2 * KL", lambda: _answer(*a, squared=False)),
        ("the KL is the wrong way round: the target is the teacher, KL(p_teacher^T || p_student^T) = "
         "sum p_t * (log p_t - log p_s)", lambda: _answer(*a, swap_kl=True)),
        (f"the KL was averaged over all N * C entries (KLDivLoss(reduction='mean')), so it is C = {c} times too small: "
         "sum it over the classes and average over the batch only (reduction='batchmean')",
         lambda: _answer(*a, over_classes=True)),
        ("the hard-label cross-entropy uses the student's plain logits (T = 1); only the distillation term is softened",
         lambda: _answer(*a, hard_t=True)),
        ("the weights are swapped: (1 - alpha) on the hard-label cross-entropy, alpha on the distillation term",
         lambda: _answer(*a, swap_weights=True)),
        ("the teacher's logits must be softened by the same temperature: p_t^T = softmax(teacher_logits / T)",
         lambda: _answer(*a, soften_teacher=False)),
        ("the chain rule through s / T brings a factor 1/T: the distillation term's gradient is "
         "alpha * T * (p_s^T - p_t^T) / N, not alpha * T^2 * (p_s^T - p_t^T) / N", lambda: _answer(*a, grad_power=2)),
        ("the distillation term's gradient is alpha * T * (p_s^T - p_t^T) / N (T^2 from the loss times 1/T from the "
         "chain rule), not alpha * (p_s^T - p_t^T) / N", lambda: _answer(*a, grad_power=0)),
        ("exp() of large logits overflowed (or underflowed to 0 / 0): subtract each row's maximum before exponentiating, "
         "and take log-probabilities from log-softmax", lambda: _answer(*a, log_softmax=_naive_log_softmax)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    s = np.asarray(args["student_logits"], dtype=np.float64)
    t = np.asarray(args["teacher_logits"], dtype=np.float64)
    labels = np.asarray(args["labels"], dtype=np.int64)
    temperature, alpha = args["temperature"], args["alpha"]
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        # The reference agrees; the finite differences hold both to the loss's definition.
        grad = np.asarray(to_numpy(got[1]), dtype=np.float64)
        problem = gradient_check(lambda point: mean_loss(point, t, labels, temperature, alpha), s, grad, name="grad")
        return (True, "") if problem is None else (False, problem)
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return False, problem
    member = 0 if compare(expected[0], got[0], tol, "loss") is not None else 1
    candidates = [(hint, lambda make=make: make()[member]) for hint, make in _mistakes(s, t, labels, temperature, alpha)]
    with np.errstate(all="ignore"):
        hint = matching_hint(got[member], candidates, tol)
    return False, with_hint(problem, hint)
