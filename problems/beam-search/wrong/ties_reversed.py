# expect: WA
# Sorts ascending and reverses: among equal sums the higher beam and token id come first.
# says: ties were broken the other way
import numpy as np


def beam_search(log_probs, start, end, beam_width, max_length, length_penalty):
    v = log_probs.shape[1]
    beams = [([], 0.0, start)]
    done = []
    for step in range(1, max_length + 1):
        cand = np.array([[s + log_probs[last, j] for j in range(v)] for _, s, last in beams]).ravel()
        order = np.argsort(cand, kind="stable")[::-1]
        new = []
        for rank, f in enumerate(order):
            b, j = divmod(int(f), v)
            if j == end:
                if rank < beam_width:
                    done.append((float(cand[f]) / step**length_penalty, beams[b][0] + [end]))
                continue
            new.append((beams[b][0] + [j], float(cand[f]), j))
            if len(new) == beam_width:
                break
        beams = new
    done += [(s / max_length**length_penalty, toks) for toks, s, _ in beams]
    done.sort(key=lambda d: -d[0])
    return [t for _, t in done[:beam_width]], [s for s, _ in done[:beam_width]]
