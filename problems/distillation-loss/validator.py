"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    s = np.asarray(args["student_logits"], dtype=np.float64)
    t = np.asarray(args["teacher_logits"], dtype=np.float64)
    labels = args["labels"]
    assert s.ndim == 2, f"student_logits is (N, C), got shape {s.shape}"
    assert t.shape == s.shape, f"teacher_logits has the student's shape {s.shape}, got {t.shape}"
    n, c = s.shape
    assert 1 <= n <= 256 and 1 <= c <= 1000, f"1 <= N <= 256 and 1 <= C <= 1000, got {s.shape}"
    for name, z in (("student_logits", s), ("teacher_logits", t)):
        assert np.all(np.isfinite(z)) and np.all(np.abs(z) <= 1e4), f"{name}: finite with |z| <= 10^4"
    assert isinstance(labels, list) and len(labels) == n, "labels has N entries"
    assert all(isinstance(y, int) and not isinstance(y, bool) and 0 <= y < c for y in labels), "0 <= labels[i] < C"
    temperature, alpha = args["temperature"], args["alpha"]
    assert isinstance(temperature, (int, float)) and not isinstance(temperature, bool), "temperature is a number"
    assert 0.5 <= temperature <= 20, "0.5 <= temperature <= 20"
    largest = max(float(np.max(np.abs(s))), float(np.max(np.abs(t))))
    assert temperature * largest <= 2e4, "temperature * max |logit| <= 2 * 10^4"
    assert isinstance(alpha, (int, float)) and not isinstance(alpha, bool) and 0 <= alpha <= 1, "0 <= alpha <= 1"
