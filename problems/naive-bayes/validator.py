"""The stated constraints, checked on every case by `judge validate`, and the promise about
ties: a test document's best class beats every other by a clear margin, except for an empty
document (all counts 0), whose classes tie exactly where their training-document counts do."""

import numpy as np

MARGIN = 1e-4  # far above any rounding of a joint log-likelihood the constraints allow (about 1e-7)


def _counts(rows, name, n_features=None):
    X = np.asarray(rows)
    assert X.ndim == 2 and X.dtype.kind == "i", f"{name} is a 2-D array of integers, got {X.dtype} {X.shape}"
    assert n_features is None or X.shape[1] == n_features, f"{name} has {n_features} columns, got {X.shape[1]}"
    assert np.all(X >= 0), f"{name} holds counts >= 0"
    assert np.all(X.sum(axis=1) <= 50000), f"each document of {name} holds at most 50000 words"
    return X


def validate(args):
    X_train = _counts(args["X_train"], "X_train")
    n, v = X_train.shape
    assert 1 <= n <= 1000 and 1 <= v <= 500, f"1 <= N <= 1000 and 1 <= V <= 500, got {X_train.shape}"
    y = args["y_train"]
    assert isinstance(y, list) and len(y) == n, "y_train has N entries"
    assert all(isinstance(c, int) and not isinstance(c, bool) and c >= 0 for c in y), "classes are ints >= 0"
    c = max(y) + 1
    assert c <= 20, "at most 20 classes"
    assert set(y) == set(range(c)), "every class 0 .. max(y_train) has a training document"
    X_test = _counts(args["X_test"], "X_test", v)
    assert 1 <= X_test.shape[0] <= 1000, "1 <= M <= 1000"
    alpha = args["alpha"]
    assert isinstance(alpha, (int, float)) and not isinstance(alpha, bool) and 1e-3 <= alpha <= 100, "1e-3 <= alpha <= 100"

    labels = np.asarray(y)
    class_count = np.bincount(labels, minlength=c)
    words = np.zeros((c, v))
    np.add.at(words, labels, X_train)
    log_likelihood = np.log(words + alpha) - np.log((words + alpha).sum(axis=1, keepdims=True))
    joint = X_test @ log_likelihood.T + np.log(class_count / n)
    for i, row in enumerate(joint):
        best = int(np.argmax(row))
        close = np.flatnonzero(row >= row[best] - MARGIN)
        if X_test[i].any():
            assert len(close) == 1, f"test document {i}: classes {close.tolist()} are within {MARGIN} of each other"
        else:
            assert np.all(class_count[close] == class_count[best]), f"empty test document {i}: near-tie of unequal priors"
