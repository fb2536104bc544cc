"""Turning a judged submission into an attempt, and recording it without ever
failing the command that judged it."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from judge.console import err, warn
from judge.errors import JudgeError
from judge.grading import SubmissionReport
from judge.history.location import history_enabled
from judge.history.records import Attempt, AttemptKind, RevealKind
from judge.history.store import History


def source_sha256(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def case_figures(report: SubmissionReport) -> list[dict[str, Any]]:
    """The per-case figures the history keeps of a judged report."""
    return [{"id": t.id, "verdict": str(t.verdict), "cpu_ms": t.cpu_ms, "memory_kb": t.memory_kb} for t in report.tests]


def report_attempt(
    report: SubmissionReport, kind: AttemptKind, source: str, started_at: datetime, finished_at: datetime, **extra: Any
) -> Attempt:
    """The attempt a judged ``report`` makes; ``extra`` sets the practice-only fields."""
    return Attempt(
        slug=report.problem,
        kind=kind,
        verdict=str(report.verdict),
        started_at=started_at,
        finished_at=finished_at,
        passed=report.passed,
        total=report.total_cases,
        cases=case_figures(report),
        source_sha256=source_sha256(source),
        sandbox=report.sandbox,
        follow_ups=[{"id": f.id, "met": f.met, "detail": f.detail} for f in report.follow_ups],
        **extra,
    )


def repeated_solve(earlier: list[Attempt], attempt: Attempt) -> Attempt | None:
    """The earlier accepted attempt with exactly this source, when ``attempt`` is accepted:
    submitting a solved file again (or pasting it into a fresh practice file) is no new solve."""
    if not attempt.accepted or not attempt.source_sha256:
        return None
    return next((a for a in earlier if a.accepted and a.source_sha256 == attempt.source_sha256), None)


def record_attempt(attempt: Attempt, path: Path | None = None) -> int | None:
    """Append ``attempt`` to the history unless recording is off (--no-history), with the hints
    and spoil seen since the problem's last solve (from the reveals). A history that cannot be
    written costs a warning, never the result: returns None then."""
    if not history_enabled():
        return None
    try:
        with History.open(path) as history:
            earlier = repeated_solve(history.attempts(attempt.slug), attempt)
            if earlier is not None:
                when = earlier.finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
                err.print(
                    f"Not recorded as a new solve: the same source was accepted on {when}.", style="muted", markup=False, highlight=False
                )
                return None
            aids = history.aids(attempt.slug)
            helped = replace(attempt, hints=max(attempt.hints, aids.hints), spoiled=attempt.spoiled or aids.spoiled)
            return history.record(helped)
    except (JudgeError, sqlite3.Error, OSError) as error:
        warn(f"not recorded in the history: {error}")
        return None


def record_reveal(slug: str, kind: RevealKind, at: datetime, number: int | None = None, path: Path | None = None) -> int | None:
    """Record a hint shown or a spoil unless recording is off; like ``record_attempt``, a
    history that cannot be written costs a warning, and None is returned."""
    if not history_enabled():
        return None
    try:
        with History.open(path) as history:
            return history.reveal(slug, kind, at, number)
    except (JudgeError, sqlite3.Error, OSError) as error:
        warn(f"not recorded in the history: {error}")
        return None
