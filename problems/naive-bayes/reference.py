import numpy as np


def multinomial_naive_bayes(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    n_classes = int(y_train.max()) + 1
    onehot = (y_train[:, None] == np.arange(n_classes)).astype(np.float64)  # (N, C)
    # Prior: each class's share of the training documents (not smoothed).
    class_count = onehot.sum(axis=0)
    log_prior = np.log(class_count) - np.log(len(y_train))
    # Likelihood: each class's word counts, smoothed by alpha in the numerator and by
    # alpha * n_features in the denominator, so every row is a distribution over the words.
    word_count = onehot.T @ X_train.astype(np.float64) + alpha  # (C, V)
    log_likelihood = np.log(word_count) - np.log(word_count.sum(axis=1, keepdims=True))
    # Posterior, up to a constant, in log space: long documents underflow any product.
    joint = X_test.astype(np.float64) @ log_likelihood.T + log_prior  # (M, C)
    top = joint.max(axis=1, keepdims=True)
    log_evidence = top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True))
    log_posterior = joint - log_evidence
    predictions = np.argmax(joint, axis=1).astype(np.int64)  # ties: the lowest class index
    return log_prior, log_likelihood, log_posterior, predictions
