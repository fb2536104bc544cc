"""(log_prior, log_likelihood, log_posterior, predictions) against the reference, each at its
stated tolerance (the predictions exactly), then a hint when the first member that is off is
what a known mistake produces: smoothing left out of the denominator (alpha * V) or out
entirely, alpha replaced by 1, a smoothed or uniform prior, document frequencies for word
counts, raw probabilities multiplied until they underflow, a posterior not normalised or
normalised with an overflowing log(sum(exp)), ties sent to the highest class."""

import numpy as np

from judge.ml import Tolerance, compare, tolerance, whole_or_part_hint, with_hint
from judge.values import decode

PARTS = ["log_prior", "log_likelihood", "log_posterior", "predictions"]
LOG_SPACE = "stay in log space: joint = X_test @ log_likelihood.T + log_prior"


def _answer(X_train, y, X_test, alpha, *, denominator="alpha*V", prior="share", counts="words",
            posterior="log-sum-exp", ties="lowest"):
    c = int(y.max()) + 1
    v = X_train.shape[1]
    onehot = (y[:, None] == np.arange(c)).astype(float)
    n_docs = onehot.sum(axis=0)
    data = (X_train > 0).astype(float) if counts == "documents" else X_train.astype(float)
    words = onehot.T @ data
    if prior == "share":
        log_prior = np.log(n_docs / len(y))
    elif prior == "smoothed":
        log_prior = np.log((n_docs + alpha) / (len(y) + alpha * c))
    elif prior == "uniform":
        log_prior = np.full(c, -np.log(c))
    else:  # the classes' shares of the training words
        log_prior = np.log(words.sum(axis=1) / words.sum())
    total = n_docs[:, None] if counts == "documents" else words.sum(axis=1, keepdims=True)
    extra = {"alpha*V": alpha * v, "alpha": alpha, "none": 0.0, "2alpha": 2 * alpha}[denominator]
    log_likelihood = np.log(words + alpha) - np.log(total + extra)
    joint = X_test.astype(float) @ log_likelihood.T + log_prior
    if posterior == "product":
        probs = np.exp(log_prior) * np.prod(np.exp(log_likelihood)[None, :, :] ** X_test[:, None, :], axis=2)
        log_posterior = np.log(probs / probs.sum(axis=1, keepdims=True))
        predictions = np.argmax(probs, axis=1)
    else:
        if posterior == "joint":
            log_posterior = joint
        elif posterior == "naive":
            log_posterior = joint - np.log(np.exp(joint).sum(axis=1, keepdims=True))
        else:
            top = joint.max(axis=1, keepdims=True)
            log_posterior = joint - top - np.log(np.exp(joint - top).sum(axis=1, keepdims=True))
        predictions = np.argmax(joint, axis=1) if ties == "lowest" else c - 1 - np.argmax(joint[:, ::-1], axis=1)
    return [log_prior, log_likelihood, log_posterior, predictions.astype(np.int64)]


def _mistakes(X_train, y, X_test, alpha):
    a = (X_train, y, X_test, alpha)
    v = X_train.shape[1]
    return [
        (f"the likelihood's denominator is (words in class c) + alpha * V, V = {v} words, so each class's row sums to "
         "1; yours smooths only the numerator", lambda: _answer(*a, denominator="none")),
        (f"the likelihood's denominator is (words in class c) + alpha * V, V = {v} words, not + alpha: each of the V "
         "words got alpha added", lambda: _answer(*a, denominator="alpha")),
        ("no smoothing: a word never seen in class c gets probability 0 and log 0 = -inf; add alpha to every count "
         "(and alpha * V to the denominator)", lambda: _answer(X_train, y, X_test, 0.0)),
        ("smoothing with 1 (Laplace) instead of the given alpha", lambda: _answer(X_train, y, X_test, 1.0)),
        ("the prior is each class's share of the training documents, count_c / N, not smoothed",
         lambda: _answer(*a, prior="smoothed")),
        ("the prior is each class's share of the training documents, count_c / N, not uniform 1 / C",
         lambda: _answer(*a, prior="uniform")),
        ("the prior is each class's share of the training documents, not of the training words",
         lambda: _answer(*a, prior="words")),
        ("that likelihood counts documents containing the word (Bernoulli naive Bayes); the multinomial likelihood "
         "counts the word's occurrences: (count in c + alpha) / (words in c + alpha * V)",
         lambda: _answer(*a, counts="documents", denominator="2alpha")),
        (f"multiplying raw probabilities underflows to 0 for long documents (below about 1e-308), so the posterior "
         f"is 0 / 0: {LOG_SPACE}", lambda: _answer(*a, posterior="product")),
        ("log_posterior is not normalised: subtract log-sum-exp over the classes, so that each row's exp sums to 1 "
         "(that is the log of P(x), the evidence)", lambda: _answer(*a, posterior="joint")),
        ("log(sum(exp(joint))) underflows to log(0) = -inf for long documents (every joint is far below -745, where "
         "exp rounds to 0): subtract each row's maximum m first, m + log(sum(exp(joint - m)))",
         lambda: _answer(*a, posterior="naive")),
        ("ties go to the lowest class index (np.argmax's choice); yours went to the highest",
         lambda: _answer(*a, ties="highest")),
    ]


def _tolerances(config):
    tol = tolerance(config)
    posterior = Tolerance(atol=float(config.options.get("posterior_abs_tol", tol.atol)), rtol=tol.rtol, dtype=tol.dtype)
    return [tol, tol, posterior, tol]


def check(args, expected, got, extras, config):
    tols = _tolerances(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        problem = compare(expected, got, tols[0], parts=PARTS)  # says what the shape of the answer is
        return False, problem or "the answer should be a tuple of 4 (log_prior, log_likelihood, log_posterior, predictions)"
    for index, (name, tol) in enumerate(zip(PARTS, tols)):
        problem = compare(expected[index], got[index], tol, name=name)
        if problem:
            break
    else:
        return True, ""
    X_train = np.asarray(args["X_train"], dtype=np.int64)
    y = np.asarray(args["y_train"], dtype=np.int64)
    X_test = np.asarray(args["X_test"], dtype=np.int64)
    return False, with_hint(problem, whole_or_part_hint(got, _mistakes(X_train, y, X_test, args["alpha"]), tols, PARTS, index))
