"""Bags of words drawn from a different word distribution per class, at several vocabulary
sizes, class counts, document lengths and alphas, deterministic for the seed in problem.yaml."""

import numpy as np


def _corpus(gen, c, v, n, m, train_len, test_len, concentration=0.3, zero_words=0.0):
    word_probs = gen.dirichlet(np.full(v, concentration), size=c)
    if zero_words:
        # Some words never occur in some classes: only smoothing keeps their likelihood above 0.
        word_probs *= gen.random((c, v)) >= zero_words
        word_probs /= word_probs.sum(axis=1, keepdims=True)
    y_train = np.concatenate([np.arange(c), gen.integers(0, c, size=n - c)])  # every class at least once
    gen.shuffle(y_train)

    def documents(labels, mean_length):
        lengths = np.minimum(gen.poisson(mean_length, size=len(labels)), 50000)
        return np.array([gen.multinomial(k, word_probs[label]) for k, label in zip(lengths, labels)])

    X_train = documents(y_train, train_len)
    # Test documents mostly come from one class each, some from a mix of two.
    y_test = gen.integers(0, c, size=m)
    X_test = documents(y_test, test_len)
    return X_train, y_train, X_test


def _case(X_train, y_train, X_test, alpha):
    return {"X_train": X_train.tolist(), "y_train": [int(c) for c in y_train], "X_test": X_test.tolist(),
            "alpha": float(alpha)}


def generate(rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    yield {"name": "C=3, V=10, 30 documents, alpha=1", "args": _case(*_corpus(gen, 3, 10, 30, 10, 8, 8), 1.0)}
    yield {"name": "C=5, V=200, 300 documents, alpha=0.5",
           "args": _case(*_corpus(gen, 5, 200, 300, 200, 40, 30, zero_words=0.3), 0.5)}
    yield {"name": "C=20, V=500, 1000 documents, alpha=1",
           "args": _case(*_corpus(gen, 20, 500, 1000, 1000, 50, 20, concentration=0.1), 1.0)}
    yield {"name": "long test documents (about 40000 words), alpha=0.01",
           "args": _case(*_corpus(gen, 4, 100, 200, 50, 200, 40000), 0.01)}
    yield {"name": "alpha=1e-3, words unseen in some classes",
           "args": _case(*_corpus(gen, 3, 50, 60, 100, 20, 15, zero_words=0.5), 1e-3)}
    yield {"name": "alpha=100 (smoothing swamps the counts)", "args": _case(*_corpus(gen, 4, 30, 80, 60, 30, 30), 100.0)}
    yield {"name": "2 classes, short documents, many empty", "args": _case(*_corpus(gen, 2, 40, 100, 100, 2, 1.5), 1.0)}
