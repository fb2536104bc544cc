# expect: WA
# Normalises with log(sum(exp(joint))) without subtracting the maximum: for a long document
# every exp(joint) underflows to 0, the log is -inf, and the posterior becomes +inf.
# says: log(sum(exp(joint))) underflows to log(0) = -inf
import numpy as np


def multinomial_naive_bayes(X_train, y_train, X_test, alpha):
    C = int(y_train.max()) + 1
    V = X_train.shape[1]
    log_prior = np.log(np.bincount(y_train, minlength=C) / len(y_train))
    words = np.zeros((C, V))
    np.add.at(words, y_train, X_train)
    log_lik = np.log((words + alpha) / (words.sum(axis=1, keepdims=True) + alpha * V))
    joint = X_test @ log_lik.T + log_prior
    with np.errstate(divide="ignore"):
        log_post = joint - np.log(np.sum(np.exp(joint), axis=1, keepdims=True))
    return log_prior, log_lik, log_post, np.argmax(joint, axis=1)
