# expect: WA
# Treats the end token like any other: nothing finishes early, every answer runs to max_length.
# says: a hypothesis that chose the end token must leave the beam
import numpy as np


def beam_search(log_probs, start, end, beam_width, max_length, length_penalty):
    v = log_probs.shape[1]
    beams = [([], 0.0, start)]
    for _step in range(1, max_length + 1):
        cand = np.array([[s + log_probs[last, j] for j in range(v)] for _, s, last in beams]).ravel()
        order = np.argsort(-cand, kind="stable")[:beam_width]
        beams = [(beams[int(f) // v][0] + [int(f) % v], float(cand[f]), int(f) % v) for f in order]
    return [t for t, _, _ in beams], [s / max_length**length_penalty for _, s, _ in beams]
