"""The SQLite history: round trips, migrations, bad paths, concurrent writers, a writer
killed mid-write, and what `submit` and `list` do with it."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import JudgeError
from judge.history.location import history_enabled, history_path
from judge.history.migrations import MIGRATIONS, schema_version
from judge.history.records import Attempt
from judge.history.store import History, read_attempts

from .conftest import PROBLEMS

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def attempt(slug: str = "two-sum", verdict: str = "AC", at: datetime = T0, **fields: object) -> Attempt:
    return Attempt(slug=slug, kind="submit", verdict=verdict, started_at=at - timedelta(seconds=5), finished_at=at, **fields)  # type: ignore[arg-type]


def test_an_attempt_comes_back_as_it_went_in(tmp_path: Path) -> None:
    cases = [
        {"id": "example-1", "verdict": "AC", "cpu_ms": 1.25, "memory_kb": 9000},
        {"id": "g-1", "verdict": "TLE", "cpu_ms": None, "memory_kb": None},
    ]
    original = Attempt(
        slug="two-sum",
        kind="practice",
        verdict="TLE",
        # Not UTC on the way in: stored as UTC, the same instant on the way out.
        started_at=datetime(2025, 3, 1, 20, 0, tzinfo=timezone(timedelta(hours=8))),
        finished_at=datetime(2025, 3, 1, 20, 30, 15, 250000, tzinfo=timezone(timedelta(hours=8))),
        solve_seconds=None,
        passed=1,
        total=2,
        cases=cases,
        source_sha256="ab" * 32,
        sandbox="docker",
        minutes=30,
        outcome="time-up",
    )
    with History.open(tmp_path / "h.sqlite3") as history:
        row_id = history.record(original)
        [back] = history.attempts()
    assert back.id == row_id
    assert back.started_at == original.started_at and back.started_at.utcoffset() == timedelta(0)
    assert back.finished_at == original.finished_at
    assert back == Attempt(**{**original.__dict__, "id": row_id, "started_at": back.started_at, "finished_at": back.finished_at})
    raw = sqlite3.connect(tmp_path / "h.sqlite3").execute("SELECT started_at, cases FROM attempts").fetchone()
    assert raw[0] == "2025-03-01T12:00:00.000000+00:00" and json.loads(raw[1]) == cases


def test_attempts_are_oldest_first_and_filter_by_slug(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        history.record(attempt("b", at=T0 + timedelta(hours=2)))
        history.record(attempt("a", at=T0))
        history.record(attempt("a", at=T0 + timedelta(hours=1), verdict="WA"))
        assert [(a.slug, a.verdict) for a in history.attempts()] == [("a", "AC"), ("a", "WA"), ("b", "AC")]
        assert [a.verdict for a in history.attempts("a")] == ["AC", "WA"]
        assert history.attempts("nothing") == []


def test_naive_times_are_refused(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history, pytest.raises(ValueError, match="timezone-aware"):
        history.record(attempt(at=datetime(2025, 1, 1)))


def test_the_file_is_wal_with_a_generous_busy_timeout_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[1]: row[2] for row in db.execute("SELECT type, name, sql FROM sqlite_master WHERE type = 'index'")}
    assert "(slug, finished_at)" in indexes["attempts_by_slug"]
    with History.open(path) as history:
        assert history._db.execute("PRAGMA busy_timeout").fetchone()[0] >= 30000


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "h.sqlite3"
    with History.open(path) as history:
        history.record(attempt())
    assert path.is_file()


def test_reading_a_history_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    assert read_attempts(tmp_path / "none" / "h.sqlite3") == []
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        ("directory", "is a directory"),
        ("parent is a file", "cannot create the history's folder"),
        ("not a database", "cannot open the history"),
    ],
)
def test_bad_paths_are_one_line_errors(tmp_path: Path, setup: str, needle: str) -> None:
    path = tmp_path / "h.sqlite3"
    if setup == "directory":
        path.mkdir()
    elif setup == "parent is a file":
        (tmp_path / "file").write_text("x")
        path = tmp_path / "file" / "h.sqlite3"
    else:
        path.write_bytes(b"this is not a database, just some text long enough " * 40)
    with pytest.raises(JudgeError, match=needle) as caught:
        History.open(path)
    assert "\n" not in str(caught.value) and str(path.parent if setup == "parent is a file" else path) in str(caught.value)


def test_a_fresh_file_is_at_the_newest_version(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        assert schema_version(history._db) == len(MIGRATIONS) >= 1


def _v2_adds_a_note(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE attempts ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE attempts SET note = 'from v1'")


def test_an_older_database_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with History.open(path) as history:  # the newest version today
        history.record(attempt())
    with History.open(path, migrations=(*MIGRATIONS, _v2_adds_a_note)) as history:
        assert schema_version(history._db) == len(MIGRATIONS) + 1
        assert [a.verdict for a in history.attempts()] == ["AC"]
        history.record(attempt(verdict="WA"))
    notes = sqlite3.connect(path).execute("SELECT verdict, note FROM attempts ORDER BY id").fetchall()
    assert notes == [("AC", "from v1"), ("WA", "")]


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History.open(path).close()

    def half_done(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE attempts ADD COLUMN note TEXT")
        raise sqlite3.OperationalError("disk full, say")

    with pytest.raises(JudgeError, match="disk full"):
        History.open(path, migrations=(*MIGRATIONS, half_done))
    db = sqlite3.connect(path)
    assert schema_version(db) == len(MIGRATIONS)
    assert "note" not in {row[1] for row in db.execute("PRAGMA table_info(attempts)")}


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    known = len(MIGRATIONS)
    with pytest.raises(JudgeError, match=rf"schema version {known + 1}, newer than this judge knows \({known}\): upgrade interview-judge"):
        History.open(path)


def _record_many(path: str, worker: int, count: int, barrier: multiprocessing.synchronize.Barrier) -> None:
    barrier.wait()  # all four start writing together
    with History.open(Path(path)) as history:
        for n in range(count):
            case = {"id": f"c{n}", "verdict": "WA", "cpu_ms": n, "memory_kb": worker}
            history.record(attempt(f"w{worker}", verdict="WA", cases=[case], passed=n))


def test_concurrent_writers_lose_no_row(tmp_path: Path) -> None:
    # The file does not exist yet, so the four also race to create and migrate it.
    path = tmp_path / "h.sqlite3"
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(4)
    workers = [context.Process(target=_record_many, args=(str(path), worker, 100, barrier)) for worker in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    rows = read_attempts(path)
    assert len(rows) == 400 and len({a.id for a in rows}) == 400
    for worker in range(4):
        mine = [a for a in rows if a.slug == f"w{worker}"]
        assert sorted(a.passed for a in mine) == list(range(100))
        assert all(a.cases == [{"id": f"c{a.passed}", "verdict": "WA", "cpu_ms": a.passed, "memory_kb": worker}] for a in mine)


WRITER = """
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from judge.history.records import Attempt
from judge.history.store import History

cases = [{"id": f"case-{n}", "verdict": "AC", "cpu_ms": 1.5, "memory_kb": n} for n in range(300)]
with History.open(Path(sys.argv[1])) as history:
    n = 0
    while True:
        now = datetime.now(UTC)
        history.record(Attempt("two-sum", "submit", "AC", now, now, passed=n, total=300, cases=cases, source_sha256="f" * 64))
        print(n, flush=True)
        n += 1
"""


def test_a_writer_killed_mid_write_leaves_an_intact_history(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    committed = -1
    # Each row is ~20 kB, so most of the writer's time goes to writing pages: the kill
    # lands in the middle of a transaction far more often than between two.
    while committed < 150:
        line = writer.stdout.readline()
        assert line, "the writer died on its own"
        committed = int(line)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL

    with History.open(path) as history:
        assert history._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = history.attempts()
        # Every row the writer saw committed is there, and nothing else but whole rows.
        assert [a.passed for a in rows] == list(range(len(rows))) and len(rows) > committed
        assert all(len(a.cases) == 300 and a.cases[-1]["memory_kb"] == 299 and a.source_sha256 == "f" * 64 for a in rows)
        new = history.record(attempt(verdict="WA"))
        assert [a.verdict for a in history.attempts() if a.id == new] == ["WA"]


def test_location_flags_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JUDGE_HISTORY", str(tmp_path / "x.sqlite3"))
    assert history_path() == tmp_path / "x.sqlite3"
    monkeypatch.delenv("JUDGE_HISTORY")
    monkeypatch.setenv("JUDGE_STATE_DIR", str(tmp_path / "state"))
    assert history_path() == tmp_path / "state" / "history.sqlite3"
    monkeypatch.delenv("JUDGE_STATE_DIR")
    assert history_path().parts[-2:] == ("interview-judge", "history.sqlite3")
    for value, enabled in (("0", True), ("", True), ("false", True), ("1", False), ("true", False), ("yes", False)):
        monkeypatch.setenv("JUDGE_NO_HISTORY", value)
        assert history_enabled() is enabled, value


# Through the command line.


def test_submit_records_what_was_judged(runner: CliRunner, solutions: Path, tmp_path: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    chosen = tmp_path / "mine" / "h.sqlite3"
    default = history_path()
    before = datetime.now(UTC)
    result = runner.invoke(cli, ["--history", str(chosen), "submit", "two-sum", "--sandbox", "local", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    [recorded] = read_attempts(chosen)
    assert (recorded.slug, recorded.kind, recorded.verdict, recorded.sandbox) == ("two-sum", "submit", "AC", "local")
    assert recorded.passed == recorded.total == report["total"] > 10
    assert [c["id"] for c in recorded.cases] == [t["id"] for t in report["tests"]]
    assert all(set(c) == {"id", "verdict", "cpu_ms", "memory_kb"} and c["verdict"] == "AC" for c in recorded.cases)
    assert recorded.source_sha256 == hashlib.sha256(CORRECT.encode()).hexdigest()
    assert before <= recorded.started_at <= recorded.finished_at <= datetime.now(UTC)
    assert recorded.solve_seconds is None and recorded.minutes is None
    assert not default.exists()  # the flag moved it away from the default


def test_no_history_records_nothing(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    result = runner.invoke(cli, ["--no-history", "submit", "two-sum", "--sandbox", "local"])
    assert result.exit_code == 0, result.output
    assert not history_path().exists()


def test_an_unwritable_history_warns_and_the_submission_still_counts(runner: CliRunner, solutions: Path, tmp_path: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    (tmp_path / "a-directory").mkdir()
    result = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"], env={"JUDGE_HISTORY": str(tmp_path / "a-directory")})
    assert result.exit_code == 0
    assert "warning: not recorded in the history" in result.stderr and "is a directory" in result.stderr
    assert "Accepted" in result.stdout


def _statuses(runner: CliRunner) -> dict[str, str]:
    result = runner.invoke(cli, ["list", "--json"])
    assert result.exit_code == 0, result.output
    return {row["slug"]: row["status"] for row in json.loads(result.stdout)}


def test_list_shows_each_problems_status_from_the_history(runner: CliRunner, solutions: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with History.open() as history:
        history.record(attempt("two-sum", "WA", T0))
        history.record(attempt("two-sum", "AC", T0 + timedelta(hours=1)))
        history.record(attempt("two-sum", "TLE", T0 + timedelta(hours=2)))  # solved stays solved
        history.record(attempt("linked-list-cycle", "WA", T0))
        history.record(attempt("linked-list-cycle", "RE", T0 + timedelta(hours=1)))
        # A practice session quit before any submission, and a passing check of a draft.
        history.record(Attempt("design-skiplist", "practice", "", T0, T0, minutes=60, outcome="quit"))
        history.record(Attempt("bloom-filter", "check", "AC", T0, T0))
    (solutions / "middle-of-the-linked-list.py").write_text("# later\n")
    monkeypatch.setitem(sys.modules, "judge.history.schedule", None)  # no scheduler: no "due"
    status = _statuses(runner)
    assert status["two-sum"] == "solved"
    assert status["linked-list-cycle"] == "attempted (RE)"
    assert status["design-skiplist"] == "attempted"
    assert status["bloom-filter"] == "started"  # a check is a draft, not a solve
    assert status["middle-of-the-linked-list"] == "started"
    assert status["median-of-two-sorted-arrays"] == ""


def test_list_asks_the_scheduler_which_problems_are_due(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    with History.open() as history:
        history.record(attempt("two-sum", "AC", T0))
    seen: list[tuple[list[str], dict[str, str]]] = []

    def due_slugs(attempts: list[Attempt], now: datetime, difficulties: dict[str, str], reveals: object = ()) -> set[str]:
        assert now.tzinfo is not None
        seen.append(([a.slug for a in attempts], difficulties))
        return {"two-sum"}

    fake = types.ModuleType("judge.history.schedule")
    fake.due_slugs = due_slugs  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "judge.history.schedule", fake)
    assert _statuses(runner)["two-sum"] == "due"
    assert seen[0][0] == ["two-sum"] and seen[0][1]["median-of-two-sorted-arrays"] == "hard"


def test_list_survives_an_unreadable_history(runner: CliRunner) -> None:
    History.open().close()
    db = sqlite3.connect(history_path())
    db.execute("PRAGMA user_version = 99")
    db.close()
    result = runner.invoke(cli, ["list", "--json"])
    assert result.exit_code == 0
    assert "statuses left out" in result.stderr and "newer than this judge knows" in result.stderr
    assert len(json.loads(result.stdout)) == len(list(PROBLEMS.iterdir()))


def test_opening_waits_for_a_writer_holding_a_fresh_file(tmp_path: Path) -> None:
    # Switching a new file to WAL needs an exclusive lock, and SQLite reports
    # "database is locked" at once there rather than waiting out busy_timeout.
    path = tmp_path / "fresh.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE held (x)")
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.5, holder.execute, args=("COMMIT",))
    release.start()
    try:
        with History.open(path) as history:
            assert history.attempts() == []
    finally:
        release.join()
        holder.close()
