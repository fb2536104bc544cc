"""The merges and the encodings exactly, then a hint naming the mistake the answer looks like:
ties broken by the largest pair or by first occurrence, occurrences replaced right to left,
the text encoded by pair frequency instead of rank order, merges across chunk boundaries
(no pre-split), or characters (code points) in place of UTF-8 bytes."""

import re

from judge.ml import with_hint
from judge.values import decode

CHUNK = re.compile(r"\S+|\s+")


def _merge(ids, a, b, new, right_to_left=False):
    if right_to_left:
        return _merge(ids[::-1], b, a, new)[::-1]
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == a and ids[i + 1] == b:
            out.append(new)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def _units(s, split, unit):
    pieces = CHUNK.findall(s) if split else ([s] if s else [])
    if unit == "chars":
        return [[ord(c) for c in piece] for piece in pieces]
    return [list(piece.encode("utf-8")) for piece in pieces]


def _bpe(args, tie="smallest", rtl=False, encode="rank", split=True, unit="bytes"):
    weights = {}
    for s in args["corpus"]:
        for ids in _units(s, split, unit):
            weights[tuple(ids)] = weights.get(tuple(ids), 0) + 1
    words = [(list(k), w) for k, w in weights.items()]
    merges = []
    for step in range(args["num_merges"]):
        counts = {}
        for ids, w in words:
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + w
        if not counts:
            break
        if tie == "largest":
            pair = max(counts, key=lambda p: (counts[p], p))
        elif tie == "first":
            pair = max(counts, key=counts.get)  # dict order: first occurrence
        else:
            pair = min(counts, key=lambda p: (-counts[p], p))
        words = [(_merge(ids, *pair, 256 + step, rtl), w) for ids, w in words]
        merges.append(list(pair))
    ranks = {tuple(p): r for r, p in enumerate(merges)}
    encodings = []
    for text in args["texts"]:
        chunks = _units(text, split, unit)
        if encode == "frequency":
            while True:
                counts = {}
                for ids in chunks:
                    for pair in zip(ids, ids[1:]):
                        if pair in ranks:
                            counts[pair] = counts.get(pair, 0) + 1
                if not counts:
                    break
                pair = min(counts, key=lambda p: (-counts[p], ranks[p]))
                chunks = [_merge(ids, *pair, 256 + ranks[pair], rtl) for ids in chunks]
        else:
            for r, (a, b) in enumerate(merges):
                chunks = [_merge(ids, a, b, 256 + r, rtl) for ids in chunks]
        encodings.append([t for ids in chunks for t in ids])
    return merges, encodings


MISTAKES = [
    ("equal counts go to the smallest pair (a, b), compared as a tuple of ids; this answer takes the largest", dict(tie="largest")),
    (
        "equal counts go to the smallest pair (a, b), not to the pair seen first in the corpus "
        "(max(counts, key=counts.get) keeps the first one inserted)",
        dict(tie="first"),
    ),
    ("occurrences are replaced left to right without overlap: merging (a, a) turns a a a into [aa, a], not [a, aa]", dict(rtl=True)),
    (
        "a text is encoded by applying the learned merges in the order they were learned (rank order), "
        "not by merging the pair most frequent in the text first",
        dict(encode="frequency"),
    ),
    (
        "split every string with re.findall(r'\\S+|\\s+', s) first: pairs are counted and merged only inside a chunk, never across a space",
        dict(split=False),
    ),
    ("work on UTF-8 bytes (s.encode('utf-8')), not on characters: ids 0-255 are bytes, so é is [195, 169]", dict(unit="chars")),
    ("work on UTF-8 bytes and split with re.findall(r'\\S+|\\s+', s) first", dict(split=False, unit="chars")),
]


def _int_lists(value):
    return isinstance(value, (list, tuple)) and all(
        isinstance(row, (list, tuple)) and all(isinstance(t, int) and not isinstance(t, bool) for t in row) for row in value
    )


def _first_difference(name, want, have):
    if len(have) != len(want):
        return f"{name} has {len(have)} entries, expected {len(want)}"
    for i, (w, h) in enumerate(zip(want, have)):
        if list(h) != list(w):
            return f"{name}[{i}] is {list(h)}, expected {list(w)}"
    return None


def check(args, expected, got, extras, config):
    expected, got = decode(expected), decode(got)
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return False, f"return (merges, encodings), a tuple of two lists; got {type(got).__name__}"
    merges, encodings = got
    if not _int_lists(merges) or not all(len(p) == 2 for p in merges):
        return False, "merges should be a list of [a, b] pairs of int token ids"
    if not _int_lists(encodings):
        return False, "encodings should be a list of lists of int token ids, one per text"
    want_merges, want_encodings = expected
    problem = _first_difference("merges", want_merges, merges) or _first_difference("encodings", want_encodings, encodings)
    if problem is None:
        return True, ""
    got_lists = ([list(p) for p in merges], [list(e) for e in encodings])
    hint = next((text for text, options in MISTAKES if _bpe(args, **options) == got_lists), None)
    return False, with_hint(problem, hint)
