# expect: WA
# Breaks ties with max(counts, key=counts.get): among equal counts the pair seen first in the corpus wins.
# says: not to the pair seen first in the corpus
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


def bpe_train_and_encode(corpus, num_merges, texts):
    chunks = [list(c.encode("utf-8")) for s in corpus for c in re.findall(r"\S+|\s+", s)]
    merges = []
    for step in range(num_merges):
        counts = {}
        for ids in chunks:
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            break
        pair = max(counts, key=counts.get)
        chunks = [_merge(ids, *pair, 256 + step) for ids in chunks]
        merges.append(list(pair))
    encodings = []
    for text in texts:
        out = []
        for c in re.findall(r"\S+|\s+", text):
            ids = list(c.encode("utf-8"))
            for r, (a, b) in enumerate(merges):
                ids = _merge(ids, a, b, 256 + r)
            out += ids
        encodings.append(out)
    return merges, encodings
