# Written unlike the reference: collections.Counter over the chunks, pairs chosen by max with a
# negated key, and encoding as tiktoken does it: repeatedly merge the adjacent pair of lowest
# rank (its leftmost occurrence), one occurrence at a time, instead of replaying merge by merge.
import re
from collections import Counter


def bpe_train_and_encode(corpus, num_merges, texts):
    words = Counter(tuple(c.encode()) for s in corpus for c in re.findall(r"\S+|\s+", s))
    merges = []
    for new in range(256, 256 + num_merges):
        pairs = Counter()
        for word, n in words.items():
            for i in range(len(word) - 1):
                pairs[word[i], word[i + 1]] += n
        if not pairs:
            break
        best = max(pairs, key=lambda p: (pairs[p], -p[0], -p[1]))
        merges.append(list(best))
        merged = Counter()
        for word, n in words.items():
            out, i = [], 0
            while i < len(word):
                if word[i : i + 2] == best:
                    out.append(new)
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            merged[tuple(out)] += n
        words = merged
    rank = {tuple(p): r for r, p in enumerate(merges)}
    result = []
    for text in texts:
        ids = []
        for chunk in re.findall(r"\S+|\s+", text):
            parts = list(chunk.encode())
            while len(parts) > 1:
                ranks = [rank.get((parts[i], parts[i + 1]), len(rank)) for i in range(len(parts) - 1)]
                i = min(range(len(ranks)), key=ranks.__getitem__)
                if ranks[i] == len(rank):
                    break
                parts[i : i + 2] = [256 + ranks[i]]
            ids += parts
        result.append(ids)
    return merges, result
