"""The history store: attempts in one SQLite file that several judges write at once.

WAL journal, so readers never block the writer; every write in BEGIN IMMEDIATE
with a generous busy timeout, so concurrent writers queue instead of failing;
each attempt is one INSERT in one transaction, so a process killed mid-write
leaves either the whole row or none of it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from judge.errors import JudgeError
from judge.history.location import history_path
from judge.history.migrations import Step, migrate
from judge.history.records import Aids, Attempt, Reveal, RevealKind, aids_since_solve

BUSY_TIMEOUT_S = 30.0

_COLUMNS = (
    "slug",
    "kind",
    "verdict",
    "started_at",
    "finished_at",
    "solve_seconds",
    "passed",
    "total",
    "cases",
    "source_sha256",
    "sandbox",
    "minutes",
    "outcome",
    "hints",
    "spoiled",
    "interview",
    "follow_ups",
)
_INSERT = f"INSERT INTO attempts ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
_SELECT = f"SELECT id, {', '.join(_COLUMNS)} FROM attempts"
_SELECT_REVEALS = "SELECT id, slug, kind, number, at FROM reveals"


class History:
    """An open history file. Use ``History.open()``; close it, or use it as a context manager."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None, *, migrations: Sequence[Step] | None = None) -> History:
        """Open (creating the file and its folder if needed) and migrate the history at
        ``path``, by default the configured one. Any failure is a one-line JudgeError."""
        path = path if path is not None else history_path()
        if path.is_dir():
            raise JudgeError(f"the history {path} is a directory; give a file path with --history or JUDGE_HISTORY")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise JudgeError(f"cannot create the history's folder {path.parent}: {error.strerror or error}") from None
        try:
            # isolation_level=None: we issue BEGIN ourselves, so every write is IMMEDIATE.
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise JudgeError(f"cannot open the history {path}: {error}") from None
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _retry_while_locked(lambda: db.execute("PRAGMA journal_mode = WAL"))
            # FULL: a committed attempt survives a power cut too, not only a killed process.
            db.execute("PRAGMA synchronous = FULL")
            _retry_while_locked(lambda: migrate(db, path, migrations))
        except JudgeError:
            db.close()
            raise
        except sqlite3.Error as error:
            db.close()
            raise JudgeError(f"cannot open the history {path}: {error}") from None
        return cls(db, path)

    def record(self, attempt: Attempt) -> int:
        """Append ``attempt``; returns its id."""
        return self._insert(_INSERT, _to_row(attempt))

    def reveal(self, slug: str, kind: RevealKind, at: datetime, number: int | None = None) -> int:
        """Record that a hint (``number``) or the reference was shown; returns the row's id."""
        return self._insert("INSERT INTO reveals (slug, kind, number, at) VALUES (?, ?, ?, ?)", (slug, kind, number, _timestamp(at)))

    def _insert(self, statement: str, params: Any) -> int:
        """One row in its own write transaction (queued on SQLite's lock); the row's id."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(statement, params)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise JudgeError(f"cannot write to the history {self.path}: {error}") from None
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def reveals(self, slug: str | None = None) -> list[Reveal]:
        """Every reveal (or ``slug``'s), oldest first."""
        query, params = (f"{_SELECT_REVEALS} WHERE slug = ?", (slug,)) if slug is not None else (_SELECT_REVEALS, ())
        try:
            rows = self._db.execute(f"{query} ORDER BY at, id", params).fetchall()
        except sqlite3.Error as error:
            raise JudgeError(f"cannot read the history {self.path}: {error}") from None
        return [Reveal(slug=s, kind=k, number=n, at=datetime.fromisoformat(a), id=i) for i, s, k, n, a in rows]

    def aids(self, slug: str) -> Aids:
        """What the learner has seen of ``slug`` since they last solved it."""
        return aids_since_solve(self.attempts(slug), self.reveals(slug))

    def attempts(self, slug: str | None = None) -> list[Attempt]:
        """Every attempt (or ``slug``'s), oldest first."""
        query, params = (f"{_SELECT} WHERE slug = ?", (slug,)) if slug is not None else (_SELECT, ())
        try:
            rows = self._db.execute(f"{query} ORDER BY finished_at, id", params).fetchall()
        except sqlite3.Error as error:
            raise JudgeError(f"cannot read the history {self.path}: {error}") from None
        return [_from_row(row) for row in rows]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def read_attempts(path: Path | None = None, slug: str | None = None) -> list[Attempt]:
    """The attempts in the history, without creating a file when there is none yet
    (so `judge list` and `judge stats` leave no trace on a machine that never submitted)."""
    path = path if path is not None else history_path()
    if not path.exists():
        return []
    with History.open(path) as history:
        return history.attempts(slug)


def read_reveals(path: Path | None = None, slug: str | None = None) -> list[Reveal]:
    """The reveals in the history; like ``read_attempts``, creates nothing."""
    path = path if path is not None else history_path()
    if not path.exists():
        return []
    with History.open(path) as history:
        return history.reveals(slug)


def _timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"history times must be timezone-aware, got {moment!r}")
    # One fixed format in UTC, so text order is time order (the index relies on it).
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _to_row(attempt: Attempt) -> tuple[Any, ...]:
    return (
        attempt.slug,
        attempt.kind,
        attempt.verdict,
        _timestamp(attempt.started_at),
        _timestamp(attempt.finished_at),
        attempt.solve_seconds,
        attempt.passed,
        attempt.total,
        json.dumps(attempt.cases),
        attempt.source_sha256,
        attempt.sandbox,
        attempt.minutes,
        attempt.outcome,
        attempt.hints,
        int(attempt.spoiled),
        int(attempt.interview),
        json.dumps(attempt.follow_ups),
    )


def _from_row(row: tuple[Any, ...]) -> Attempt:
    (id_, slug, kind, verdict, started, finished, solve, passed, total, cases, sha, sandbox, minutes, outcome) = row[:14]
    hints, spoiled, interview, follow_ups = row[14:]
    return Attempt(
        slug=slug,
        kind=kind,
        verdict=verdict,
        started_at=datetime.fromisoformat(started),
        finished_at=datetime.fromisoformat(finished),
        solve_seconds=solve,
        passed=passed,
        total=total,
        cases=json.loads(cases),
        source_sha256=sha,
        sandbox=sandbox,
        minutes=minutes,
        outcome=outcome,
        hints=hints,
        spoiled=bool(spoiled),
        interview=bool(interview),
        follow_ups=json.loads(follow_ups),
        id=id_,
    )


def _retry_while_locked(action: Callable[[], object]) -> None:
    """Run ``action``, retrying while another process holds the file.

    Switching a new file to WAL needs an exclusive lock, and SQLite answers
    "database is locked" at once there instead of waiting out busy_timeout:
    several processes opening a fresh history together would otherwise fail.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.005
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as error:
            if ("locked" not in str(error) and "busy" not in str(error)) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.2)
