# expect: WA
# Trains correctly, but encodes by repeatedly merging the known pair most frequent in the text.
# says: applying the learned merges in the order they were learned (rank order)
import re


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


def _counts(chunks, known=None):
    counts = {}
    for ids in chunks:
        for pair in zip(ids, ids[1:]):
            if known is None or pair in known:
                counts[pair] = counts.get(pair, 0) + 1
    return counts


def bpe_train_and_encode(corpus, num_merges, texts):
    chunks = [list(c.encode("utf-8")) for s in corpus for c in re.findall(r"\S+|\s+", s)]
    merges = []
    for step in range(num_merges):
        counts = _counts(chunks)
        if not counts:
            break
        pair = min(counts, key=lambda p: (-counts[p], p))
        chunks = [_merge(ids, *pair, 256 + step) for ids in chunks]
        merges.append(list(pair))
    rank = {tuple(p): r for r, p in enumerate(merges)}
    encodings = []
    for text in texts:
        parts = [list(c.encode("utf-8")) for c in re.findall(r"\S+|\s+", text)]
        while counts := _counts(parts, rank):
            pair = min(counts, key=lambda p: (-counts[p], rank[p]))
            parts = [_merge(ids, *pair, 256 + rank[pair]) for ids in parts]
        encodings.append([t for ids in parts for t in ids])
    return merges, encodings
