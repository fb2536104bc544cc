"""Random labelled predictions with scores that carry signal, at several sizes, class counts
and tie densities, deterministic for the seed in problem.yaml."""

import numpy as np


def _case(gen, n, c, accuracy, decimals=None, weights=None, absent=()):
    classes = [k for k in range(c) if k not in absent]
    p = None if weights is None else np.asarray(weights, dtype=float) / np.sum(weights)
    y_true = gen.choice(classes, size=n, p=p)
    wrong = gen.random(n) > accuracy
    y_pred = np.where(wrong, gen.integers(0, c, size=n), y_true)
    # Scores: noise plus a bump on the true class, so each AUC is informative but not 1.
    scores = gen.normal(0.0, 1.0, size=(n, c)) + 1.2 * (y_true[:, None] == np.arange(c))
    if decimals is not None:
        scores = np.round(scores, decimals)  # coarse scores: many ties
    return {"y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "scores": scores.tolist(), "num_classes": c}


def generate(rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    yield {"name": "binary, N=50", "args": _case(gen, 50, 2, 0.8)}
    yield {"name": "binary, N=400, scores to 1 decimal (many ties)", "args": _case(gen, 400, 2, 0.7, decimals=1)}
    yield {"name": "3 classes, N=200, scores to 1 decimal", "args": _case(gen, 200, 3, 0.6, decimals=1)}
    yield {"name": "5 classes, N=1000, imbalanced", "args": _case(gen, 1000, 5, 0.75, weights=[50, 20, 15, 10, 5])}
    yield {"name": "binary, 1% positives, N=5000", "args": _case(gen, 5000, 2, 0.95, weights=[99, 1])}
    yield {"name": "4 classes, class 3 never true, N=300", "args": _case(gen, 300, 4, 0.5, decimals=0, absent=(3,))}
    yield {"name": "binary, N=20000, scores to 2 decimals", "args": _case(gen, 20000, 2, 0.8, decimals=2)}
    yield {"name": "10 classes, N=20000, scores to 1 decimal", "args": _case(gen, 20000, 10, 0.6, decimals=1)}
    yield {"name": "10 classes, N=20000, continuous scores", "args": _case(gen, 20000, 10, 0.9)}
