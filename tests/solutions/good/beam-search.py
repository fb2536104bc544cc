# Written unlike the reference: plain Python with heapq-free sorting on (-sum, beam, token)
# keys, and the finished pool kept at k entries as Hugging Face keeps it (a new hypothesis
# enters only if strictly better than the worst; the first of equal worst ones is evicted last).


def beam_search(log_probs, start, end, beam_width, max_length, length_penalty):
    table = log_probs.tolist()
    v = len(table)
    beams = [((), 0.0, start)]
    pool = []  # (score, finish order, tokens)
    finished_count = 0
    for step in range(1, max_length + 1):
        candidates = sorted(
            ((total + table[last][j], b, j) for b, (_, total, last) in enumerate(beams) for j in range(v)),
            key=lambda c: (-c[0], c[1], c[2]),
        )
        chosen = []
        for rank, (total, b, j) in enumerate(candidates):
            if j == end:
                if rank < beam_width:
                    pool.append((total / step**length_penalty, finished_count, beams[b][0] + (end,)))
                    finished_count += 1
                continue
            chosen.append((beams[b][0] + (j,), total, j))
            if len(chosen) == beam_width:
                break
        beams = chosen
    for tokens, total, _ in beams:
        pool.append((total / max_length**length_penalty, finished_count, tokens))
        finished_count += 1
    best = sorted(pool, key=lambda item: (-item[0], item[1]))[:beam_width]
    return [list(tokens) for _, _, tokens in best], [score for score, _, _ in best]
