"""The history's schema, one version at a time.

The version lives in SQLite's `PRAGMA user_version`. ``MIGRATIONS[n]`` takes a
database from version n to n+1 inside one transaction, so a crash or a second
process never leaves a half-migrated schema. To change the schema, append a
step; never edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from judge.errors import JudgeError

Step = Callable[[sqlite3.Connection], None]


def _v1_attempts(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE attempts (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            slug          TEXT    NOT NULL,
            kind          TEXT    NOT NULL CHECK (kind IN ('submit', 'practice', 'check')),
            verdict       TEXT    NOT NULL,
            started_at    TEXT    NOT NULL,  -- ISO-8601, UTC
            finished_at   TEXT    NOT NULL,  -- ISO-8601, UTC
            solve_seconds REAL,
            passed        INTEGER NOT NULL DEFAULT 0,
            total         INTEGER NOT NULL DEFAULT 0,
            cases         TEXT    NOT NULL DEFAULT '[]',  -- JSON list of per-case figures
            source_sha256 TEXT    NOT NULL DEFAULT '',
            sandbox       TEXT    NOT NULL DEFAULT '',
            minutes       INTEGER,
            outcome       TEXT
        )
        """
    )
    db.execute("CREATE INDEX attempts_by_slug ON attempts (slug, finished_at)")
    db.execute("CREATE INDEX attempts_by_time ON attempts (finished_at)")


def _v2_aids(db: sqlite3.Connection) -> None:
    """Hints, spoils and interview mode: per attempt, and every reveal as it happens."""
    # What the learner had seen since their last solve when they made the attempt, and
    # whether it was made in interview mode. Old rows had no hints to see: 0.
    db.execute("ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE attempts ADD COLUMN spoiled INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE attempts ADD COLUMN interview INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE reveals (
            id     INTEGER PRIMARY KEY AUTOINCREMENT,
            slug   TEXT    NOT NULL,
            kind   TEXT    NOT NULL CHECK (kind IN ('hint', 'spoil')),
            number INTEGER,           -- hint: which one (1-based); spoil: NULL
            at     TEXT    NOT NULL   -- ISO-8601, UTC
        )
        """
    )
    db.execute("CREATE INDEX reveals_by_slug ON reveals (slug, at)")


def _v3_follow_ups(db: sqlite3.Connection) -> None:
    """The measured follow-ups of an accepted attempt; older rows measured none."""
    db.execute("ALTER TABLE attempts ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]'")  # a JSON list


MIGRATIONS: Sequence[Step] = (_v1_attempts, _v2_aids, _v3_follow_ups)


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, path: Path, migrations: Sequence[Step] | None = None) -> None:
    """Bring ``db`` (opened in autocommit mode) to the newest schema this judge knows."""
    steps = MIGRATIONS if migrations is None else migrations
    while True:
        # IMMEDIATE: of two processes opening a fresh file, one migrates and the
        # other waits, then finds the work done when it re-reads the version.
        db.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(db)
            if version > len(steps):
                raise JudgeError(
                    f"the history {path} has schema version {version}, newer than this judge knows ({len(steps)}): "
                    "upgrade interview-judge, or use another file with --history"
                )
            if version == len(steps):
                db.execute("COMMIT")
                return
            steps[version](db)
            # PRAGMA takes no parameters; version is an int we computed.
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
