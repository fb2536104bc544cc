# expect: WA
# Treats each whole string as one sequence of bytes: pairs and merges cross spaces.
# says: pairs are counted and merged only inside a chunk
def _merge(ids, a, b, new):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == a and ids[i + 1] == b:
            out.append(new)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def bpe_train_and_encode(corpus, num_merges, texts):
    seqs = [list(s.encode("utf-8")) for s in corpus]
    merges = []
    for step in range(num_merges):
        counts = {}
        for ids in seqs:
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            break
        pair = min(counts, key=lambda p: (-counts[p], p))
        seqs = [_merge(ids, *pair, 256 + step) for ids in seqs]
        merges.append(list(pair))
    encodings = []
    for text in texts:
        ids = list(text.encode("utf-8"))
        for r, (a, b) in enumerate(merges):
            ids = _merge(ids, a, b, 256 + r)
        encodings.append(ids)
    return merges, encodings
