"""The per-problem status file survives concurrent writers."""

from __future__ import annotations

import multiprocessing

from judge import status
from judge.verdicts import Verdict


def _submit_many(slug: str, times: int) -> None:
    for _ in range(times):
        status.record(slug, Verdict.WA)


def test_concurrent_submissions_lose_no_update() -> None:
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_submit_many, args=(slug, 25)) for slug in ("a", "b", "a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    data = status.load()
    assert data["a"]["attempts"] == 50 and data["b"]["attempts"] == 50


def test_accepted_stays_solved_after_a_later_failure() -> None:
    status.record("x", Verdict.AC)
    status.record("x", Verdict.TLE)
    entry = status.load()["x"]
    assert entry["solved"] and entry["last_verdict"] == "TLE"
    assert status.describe("x", True, status.load()) == "solved"
    assert status.describe("y", True, status.load()) == "started"
    assert status.describe("y", False, status.load()) == ""
