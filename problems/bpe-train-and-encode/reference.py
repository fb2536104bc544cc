import re

CHUNK = re.compile(r"\S+|\s+")


def _merge(ids: list[int], a: int, b: int, new: int) -> list[int]:
    """Every occurrence of (a, b) replaced by new, scanning left to right without overlap."""
    out: list[int] = []
    i = 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == a and ids[i + 1] == b:
            out.append(new)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def bpe_train_and_encode(corpus: list[str], num_merges: int, texts: list[str]) -> tuple[list[list[int]], list[list[int]]]:
    # Pre-tokenise: runs of non-whitespace and runs of whitespace; merges never cross a chunk.
    # Equal chunks are trained once, weighted by how often they occur.
    weights: dict[tuple[int, ...], int] = {}
    for s in corpus:
        for chunk in CHUNK.findall(s):
            key = tuple(chunk.encode("utf-8"))
            weights[key] = weights.get(key, 0) + 1
    words = [(list(key), w) for key, w in weights.items()]

    merges: list[list[int]] = []
    for step in range(num_merges):
        counts: dict[tuple[int, int], int] = {}
        for ids, w in words:
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + w
        if not counts:  # every chunk is a single token: nothing left to merge
            break
        # Most frequent pair; ties go to the smallest (a, b).
        a, b = min(counts, key=lambda p: (-counts[p], p))
        new = 256 + step
        words = [(_merge(ids, a, b, new), w) for ids, w in words]
        merges.append([a, b])

    encodings: list[list[int]] = []
    for text in texts:
        out: list[int] = []
        for chunk in CHUNK.findall(text):
            ids = list(chunk.encode("utf-8"))
            # The merges in the order they were learned (rank order), each over the whole chunk.
            for rank, (a, b) in enumerate(merges):
                if len(ids) < 2:
                    break
                ids = _merge(ids, a, b, 256 + rank)
            out.extend(ids)
        encodings.append(out)
    return merges, encodings
