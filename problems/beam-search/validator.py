"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def _int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args):
    table = np.asarray(args["log_probs"], dtype=np.float64)
    assert table.ndim == 2 and table.shape[0] == table.shape[1], f"log_probs is (V, V), got {table.shape}"
    v = table.shape[0]
    assert 2 <= v <= 200, f"2 <= V <= 200, got {v}"
    assert np.all(np.isfinite(table)) and np.all(table <= 0) and np.all(table >= -1000), "log-probs finite in [-1000, 0]"
    start, end, k, n, alpha = (args[name] for name in ("start", "end", "beam_width", "max_length", "length_penalty"))
    assert _int(start) and _int(end) and 0 <= start < v and 0 <= end < v, "0 <= start, end < V"
    assert _int(k) and k >= 1 and 2 * k <= v, "1 <= beam_width and 2 * beam_width <= V"
    assert _int(n) and 1 <= n <= 50, "1 <= max_length <= 50"
    assert isinstance(alpha, float) and -2 <= alpha <= 3, "-2 <= length_penalty <= 3"
