"""The k sequences exactly and the scores within tolerance, then a hint naming the mistake the
answer looks like: the length penalty left out or applied to a length without the end token,
finished hypotheses kept in the beam, an end token finishing from outside the top k, ties broken
the other way, the prompt token counted, the best hypotheses not re-ranked by score."""

import numpy as np

from judge.ml import compare, tolerance, with_hint
from judge.values import decode


def _search(args, penalty="right", tie="stable", end_rank="top k", continue_after_end=False, rerank=True):
    table = np.asarray(args["log_probs"], dtype=np.float64)
    start, end, k, n, alpha = (args[name] for name in ("start", "end", "beam_width", "max_length", "length_penalty"))
    vocab = table.shape[1]

    def score(total, length, ended=False):
        if penalty == "none":
            return total
        if penalty == "without end" and ended:
            return total / max(length - 1, 1) ** alpha
        if penalty == "with prompt":
            return total / (length + 1) ** alpha
        return total / length**alpha

    tokens, sums, last = [[]], np.zeros(1), np.array([start])
    finished = []
    for step in range(1, n + 1):
        candidates = (sums[:, None] + table[last]).ravel()
        order = np.argsort(-candidates, kind="stable") if tie == "stable" else np.argsort(candidates, kind="stable")[::-1]
        next_tokens, next_sums, next_last = [], [], []
        for rank, flat in enumerate(order):
            beam, token = divmod(int(flat), vocab)
            if token == end and not continue_after_end:
                if end_rank == "any" or rank < k:
                    finished.append((score(float(candidates[flat]), step, ended=True), tokens[beam] + [end]))
                continue
            next_tokens.append(tokens[beam] + [token])
            next_sums.append(candidates[flat])
            next_last.append(token)
            if len(next_tokens) == k:
                break
        tokens, sums, last = next_tokens, np.array(next_sums), np.array(next_last)
    for seq, total in zip(tokens, sums):
        finished.append((score(float(total), n), seq))
    ranked = sorted(finished, key=lambda item: -item[0])[:k] if rerank else finished[-k:]
    return [[seq for _, seq in ranked], [s for s, _ in ranked]]


MISTAKES = [
    ("the length penalty was left out: a finished hypothesis scores sum_logprobs / length ** length_penalty",
     dict(penalty="none")),
    ("the length counts the end token (Hugging Face's generated_len): a hypothesis [a, b, end] has length 3",
     dict(penalty="without end")),
    ("the length counts only generated tokens, not the prompt token: score = sum / length ** alpha",
     dict(penalty="with prompt")),
    ("ties were broken the other way: equal sums rank by the beam's position, then by the lower token id "
     "(a stable sort of the flat index beam * V + token)", dict(tie="reversed")),
    ("a hypothesis that chose the end token must leave the beam: it is finished, and the beam is refilled from the "
     "next candidates", dict(continue_after_end=True)),
    ("an end candidate finishes only if it ranks among the top k candidates of its step (Hugging Face's rule); "
     "lower-ranked ones are skipped", dict(end_rank="any")),
    ("the finished hypotheses were not ranked by score at the end: return the k best by score, best first",
     dict(rerank=False)),
]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return False, f"return (sequences, scores), a tuple of two lists; got {type(got).__name__}"
    sequences, scores = got
    want_seqs, want_scores = expected
    problem = None
    if not isinstance(sequences, list) or not all(isinstance(s, list) for s in sequences):
        problem = "sequences should be a list of lists of token ids"
    elif len(sequences) != len(want_seqs):
        problem = f"sequences has {len(sequences)} hypotheses, expected beam_width = {len(want_seqs)}"
    else:
        for i, (want, have) in enumerate(zip(want_seqs, sequences)):
            if list(have) != list(want):
                problem = f"sequences[{i}] is {have}, expected {want}"
                break
    if problem is None:
        problem = compare(want_scores, scores, tol, "scores")
    if problem is None:
        return True, ""
    hint = None
    for text, options in MISTAKES:
        try:
            with np.errstate(all="ignore"):
                seqs, mistaken_scores = _search(args, **options)
        except (ValueError, ZeroDivisionError, IndexError):
            continue
        same = isinstance(sequences, list) and [list(s) for s in sequences] == seqs
        if same and compare(mistaken_scores, scores, tol, "scores") is None:
            hint = text
            break
    return False, with_hint(problem, hint)
