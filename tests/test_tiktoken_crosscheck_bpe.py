"""bpe-train-and-encode's encoding step against tiktoken, on every case (examples, hand-written
and generated): the merges the reference learns become a tiktoken vocabulary (the bytes of id
256 + i at rank 256 + i, single bytes at their own value), the pre-tokeniser is the statement's
r"\\S+|\\s+", and tiktoken's encode_ordinary must give the reference's ids.

tiktoken merges the adjacent pair whose concatenated bytes have the lowest rank; the statement
replays the learned (a, b) pairs in rank order. The two agree on the vocabularies BPE training
produces here (on every case, and on 3000 random small corpora tried when this was written):
merge i only creates pairs holding id 256 + i, so no earlier merge applies later. Every case's
vocabulary must have distinct byte strings, which tiktoken needs.

tiktoken is never a dependency of the judge: this module is skipped where it is not installed.
"""

from __future__ import annotations

import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog
from judge.loader import load_function

tiktoken = pytest.importorskip("tiktoken")

SLUG = "bpe-train-and-encode"


def _vocabulary(merges: list[list[int]]) -> dict[bytes, int] | None:
    token = [bytes([b]) for b in range(256)]
    for a, b in merges:
        token.append(token[a] + token[b])
    ranks = {t: i for i, t in enumerate(token)}
    return ranks if len(ranks) == len(token) else None


def test_encoding_matches_tiktoken_on_the_learned_merges() -> None:
    problem = Catalog().get(SLUG)
    reference = load_function(problem.reference_path, "reference", problem.spec.entry.name)  # type: ignore[union-attr]
    cases = submission_cases(problem)
    for case in cases:
        merges, encodings = reference(**case.args)
        ranks = _vocabulary(merges)
        assert ranks is not None, f"{case.name}: two tokens with the same bytes"
        encoding = tiktoken.Encoding(name=f"bpe-{case.name}", pat_str=r"\S+|\s+", mergeable_ranks=ranks, special_tokens={})
        for text, ours in zip(case.args["texts"], encodings):
            assert encoding.encode_ordinary(text) == ours, (case.name, text)
