import numpy as np


def beam_search(
    log_probs: np.ndarray, start: int, end: int, beam_width: int, max_length: int, length_penalty: float
) -> tuple[list[list[int]], list[float]]:
    k = beam_width
    tokens: list[list[int]] = [[]]  # the live beams' generated tokens, best first
    sums = np.zeros(1)  # their summed log-probabilities
    last = np.array([start])
    finished: list[tuple[float, list[int]]] = []  # (score, tokens) in the order they finished
    for step in range(1, max_length + 1):
        candidates = (sums[:, None] + log_probs[last]).ravel()  # flat index = beam * V + token
        # Highest sum first; ties by beam (in beam order), then by token id: a stable sort.
        order = np.argsort(-candidates, kind="stable")
        vocab = log_probs.shape[1]
        next_tokens, next_sums, next_last = [], [], []
        for rank, flat in enumerate(order):
            beam, token = divmod(int(flat), vocab)
            if token == end:
                if rank < k:  # as Hugging Face: only an end among the top k candidates finishes
                    finished.append((float(candidates[flat]) / step**length_penalty, tokens[beam] + [end]))
                continue
            next_tokens.append(tokens[beam] + [token])
            next_sums.append(candidates[flat])
            next_last.append(token)
            if len(next_tokens) == k:
                break
        tokens, sums, last = next_tokens, np.array(next_sums), np.array(next_last)
    for seq, total in zip(tokens, sums):
        finished.append((float(total) / max_length**length_penalty, seq))
    # Best score first; equal scores keep the order in which they finished (a stable sort).
    ranked = sorted(finished, key=lambda item: -item[0])[:k]
    return [seq for _, seq in ranked], [score for score, _ in ranked]
