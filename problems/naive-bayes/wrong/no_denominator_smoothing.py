# expect: WA
# Adds alpha to each word count but divides by the raw word total of the class: the
# "probabilities" of a class no longer sum to 1.
# says: the likelihood's denominator is (words in class c) + alpha * V
import numpy as np


def multinomial_naive_bayes(X_train, y_train, X_test, alpha):
    C = y_train.max() + 1
    log_prior = np.array([np.log(np.mean(y_train == c)) for c in range(C)])
    counts = np.array([X_train[y_train == c].sum(axis=0) for c in range(C)], dtype=float)
    log_lik = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True))
    joint = X_test @ log_lik.T + log_prior
    m = joint.max(axis=1, keepdims=True)
    log_post = joint - m - np.log(np.exp(joint - m).sum(axis=1, keepdims=True))
    return log_prior, log_lik, log_post, joint.argmax(axis=1)
