# expect: WA
# Bayes' rule with raw probabilities: prior times the product of p(word)^count. For a long
# document the product underflows to 0 for every class, and 0 / 0 is nan.
# says: multiplying raw probabilities underflows to 0
import numpy as np


def multinomial_naive_bayes(X_train, y_train, X_test, alpha):
    C = int(y_train.max()) + 1
    V = X_train.shape[1]
    prior = np.bincount(y_train, minlength=C) / len(y_train)
    counts = np.zeros((C, V))
    for doc, c in zip(X_train, y_train):
        counts[c] += doc
    lik = (counts + alpha) / (counts.sum(axis=1, keepdims=True) + alpha * V)
    post = np.empty((len(X_test), C))
    for i, doc in enumerate(X_test):
        post[i] = prior * np.prod(lik ** doc, axis=1)
    with np.errstate(all="ignore"):
        post = post / post.sum(axis=1, keepdims=True)
        log_post = np.log(post)
    return np.log(prior), np.log(lik), log_post, np.argmax(post, axis=1)
