# expect: WA
# Smooths the class prior as well, (count_c + alpha) / (N + alpha * C).
# says: the prior is each class's share of the training documents, count_c / N, not smoothed
import numpy as np


def multinomial_naive_bayes(X_train, y_train, X_test, alpha):
    C = int(y_train.max()) + 1
    V = X_train.shape[1]
    n_c = np.bincount(y_train, minlength=C)
    log_prior = np.log((n_c + alpha) / (len(y_train) + alpha * C))
    words = np.stack([X_train[y_train == c].sum(axis=0) for c in range(C)]).astype(float)
    log_lik = np.log(words + alpha) - np.log(words.sum(axis=1) + alpha * V)[:, None]
    joint = X_test @ log_lik.T + log_prior
    lse = np.logaddexp.reduce(joint, axis=1, keepdims=True)
    return log_prior, log_lik, joint - lse, np.argmax(joint, axis=1)
