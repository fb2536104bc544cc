"""`judge stats`: the figures from constructed attempts and a fixed day, and the command."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner

from judge.catalog import Catalog
from judge.cli import cli
from judge.commands.stats import activity_grid, duration, shade_level
from judge.history.records import Attempt, AttemptKind
from judge.history.stats import ACTIVITY_WEEKS, compute_stats, streaks
from judge.history.store import History

TODAY = date(2025, 3, 12)  # a Wednesday
BEIJING = timezone(timedelta(hours=8))


def at(day: date, hour: int = 12, minute: int = 0, tz: timezone = UTC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def attempt(
    slug: str, verdict: str, when: datetime, kind: AttemptKind = "submit", solve_seconds: float | None = None, minutes: int | None = None
) -> Attempt:
    return Attempt(slug, kind, verdict, when - timedelta(minutes=5), when, solve_seconds=solve_seconds, minutes=minutes)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_streaks_across_a_gap() -> None:
    # A run of four ending today, a gap, then an older run of five.
    assert streaks(days_ago(0, 1, 2, 3, 5, 6, 7, 8, 9), TODAY) == (4, 5)


def test_a_streak_lives_until_a_whole_day_passes() -> None:
    assert streaks(days_ago(1, 2), TODAY) == (2, 2)  # nothing yet today: still 2
    assert streaks(days_ago(2, 3), TODAY) == (0, 2)  # yesterday missed: broken
    assert streaks([], TODAY) == (0, 0)
    assert streaks(days_ago(0, 0, 0), TODAY) == (1, 1)


def test_streak_days_are_local_days_over_midnight(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    # 15:50 and 16:10 UTC on the same UTC day are 23:50 and 00:10 in Beijing: two days there.
    solves = [attempt("two-sum", "AC", at(TODAY, 15, 50)), attempt("two-sum", "AC", at(TODAY, 16, 10))]
    in_beijing = compute_stats(solves, problems, today=TODAY + timedelta(days=1), tz=BEIJING)
    assert (in_beijing.current_streak, in_beijing.longest_streak) == (2, 2)
    in_utc = compute_stats(solves, problems, today=TODAY, tz=UTC)
    assert (in_utc.current_streak, in_utc.longest_streak) == (1, 1)
    day = {d.day: d.attempts for d in in_beijing.activity}
    assert day[TODAY] == 1 and day[TODAY + timedelta(days=1)] == 1


def test_only_accepted_attempts_make_a_streak(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    tries = [attempt("two-sum", "WA", at(TODAY)), attempt("two-sum", "AC", at(TODAY - timedelta(days=1)))]
    stats = compute_stats(tries, problems, today=TODAY, tz=UTC)
    assert (stats.current_streak, stats.longest_streak) == (1, 1)


def test_an_empty_history(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    stats = compute_stats([], problems, today=TODAY, tz=UTC)
    assert stats.empty and stats.attempts == stats.solved == stats.attempted == 0 and stats.total == len(problems)
    assert stats.problems == [] and (stats.current_streak, stats.longest_streak) == (0, 0)
    assert [t.name for t in stats.by_difficulty] == ["easy", "medium", "hard"]
    assert sum(t.total for t in stats.by_difficulty) == len(problems)
    # Whole weeks from a Monday, through today (a Wednesday).
    assert stats.activity[0].day.weekday() == 0 and stats.activity[-1].day == TODAY
    assert len(stats.activity) == (ACTIVITY_WEEKS - 1) * 7 + 3
    assert all(d.attempts == 0 for d in stats.activity)


def test_solved_and_attempted_by_difficulty_and_tag(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    tries = [
        attempt("two-sum", "WA", at(TODAY, 9)),  # easy: array, hash-table
        attempt("two-sum", "AC", at(TODAY, 10)),
        attempt("median-of-two-sorted-arrays", "TLE", at(TODAY, 11)),  # hard: array, binary-search, ...
        attempt("linked-list-cycle", "AC", at(TODAY, 12), kind="check"),  # a draft: does not count
        attempt("retired-problem", "AC", at(TODAY, 13)),  # no longer in the catalogue
    ]
    stats = compute_stats(tries, problems, today=TODAY, tz=UTC)
    assert (stats.attempts, stats.solved, stats.attempted, stats.total) == (4, 1, 2, len(problems))
    # Totals follow the catalogue as it grows; solved and attempted follow the attempts above.
    by_difficulty = Counter(p.spec.difficulty for p in problems)
    by_tag = Counter(tag for p in problems for tag in p.spec.tags)
    difficulty = {t.name: (t.solved, t.attempted, t.total) for t in stats.by_difficulty}
    totals = by_difficulty["easy"], by_difficulty["medium"], by_difficulty["hard"]
    assert difficulty == {"easy": (1, 1, totals[0]), "medium": (0, 0, totals[1]), "hard": (0, 1, totals[2])}
    tag = {t.name: (t.solved, t.attempted, t.total) for t in stats.by_tag}
    assert tag["array"] == (1, 2, by_tag["array"]) and tag["hash-table"] == (1, 1, by_tag["hash-table"])
    assert tag["linked-list"] == (0, 0, by_tag["linked-list"]) and tag["ml"] == (0, 0, by_tag["ml"]) and by_tag["ml"] >= 4
    assert [p.slug for p in stats.problems] == ["two-sum", "median-of-two-sorted-arrays", "retired-problem"]
    retired = stats.problems[-1]
    assert retired.difficulty is None and retired.title is None and retired.solved


def test_solve_times_come_from_accepted_practice_sessions(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    tries = [
        attempt("two-sum", "AC", at(TODAY, 8), kind="practice", solve_seconds=600, minutes=20),
        attempt("two-sum", "AC", at(TODAY, 9), kind="practice", solve_seconds=300, minutes=20),
        attempt("two-sum", "AC", at(TODAY, 10)),  # a plain submit: no clock
        attempt("two-sum", "AC", at(TODAY, 11), kind="practice", solve_seconds=900, minutes=20),
        attempt("two-sum", "", at(TODAY, 12), kind="practice", minutes=20),  # quit: no verdict
        attempt("median-of-two-sorted-arrays", "AC", at(TODAY, 13)),
    ]
    stats = compute_stats(tries, problems, today=TODAY, tz=UTC)
    two_sum, median = stats.problems
    assert (two_sum.attempts, two_sum.best_seconds, two_sum.median_seconds) == (5, 300, 600)
    assert two_sum.last_verdict == "AC" and two_sum.last_at == at(TODAY, 12)
    assert median.best_seconds is None and median.median_seconds is None


def test_activity_counts_attempts_and_accepted_per_day(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    tries = [
        attempt("two-sum", "WA", at(TODAY, 9)),
        attempt("two-sum", "AC", at(TODAY, 10)),
        attempt("two-sum", "AC", at(TODAY - timedelta(days=3))),
        attempt("two-sum", "AC", at(TODAY - timedelta(weeks=ACTIVITY_WEEKS + 1))),  # before the window
    ]
    stats = compute_stats(tries, problems, today=TODAY, tz=UTC)
    counts = {d.day: (d.attempts, d.accepted) for d in stats.activity if d.attempts}
    assert counts == {TODAY: (2, 1), TODAY - timedelta(days=3): (1, 1)}
    assert stats.attempts == 4  # the old one still counts outside the grid


def test_the_grid_shades_by_count_and_leaves_the_future_blank(catalog: Catalog) -> None:
    problems, _ = catalog.load_all()
    tries = [attempt("two-sum", "WA", at(TODAY, hour)) for hour in range(6)]
    grid = activity_grid(compute_stats(tries, problems, today=TODAY, tz=UTC).activity).plain.splitlines()
    assert len(grid) == 8  # months, then Monday to Sunday
    wednesday, thursday = grid[3], grid[4]
    assert wednesday.startswith("Wed ") and wednesday.rstrip().endswith("█")  # six attempts today: the darkest
    assert thursday.rstrip().endswith("·") and len(thursday.rstrip()) < len(wednesday.rstrip())  # tomorrow: no cell
    assert [shade_level(n) for n in (0, 1, 2, 3, 4, 5, 50)] == [0, 1, 2, 3, 3, 4, 4]


def test_durations() -> None:
    assert [duration(s) for s in (None, 42.4, 605, 3725)] == ["-", "42s", "10m 05s", "1h 02m"]


# Through the command line.


def test_stats_on_an_empty_history_says_so(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 0
    assert "No attempts in the history yet" in result.stdout and "judge practice" in result.stdout and "judge submit" in result.stdout
    data = json.loads(runner.invoke(cli, ["stats", "--json"]).stdout)
    assert data["attempts"] == 0 and data["problems"] == [] and data["streak"] == {"current": 0, "longest": 0}


def test_stats_json_and_tables(runner: CliRunner) -> None:
    now = datetime.now(UTC)
    with History.open() as history:
        history.record(attempt("two-sum", "WA", now - timedelta(days=1, minutes=1)))
        history.record(attempt("two-sum", "AC", now - timedelta(days=1), kind="practice", solve_seconds=754, minutes=20))
        history.record(attempt("design-skiplist", "RE", now))
    result = runner.invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["attempts"], data["solved"], data["attempted"]) == (3, 1, 2)
    assert {t["name"]: t["solved"] for t in data["by_difficulty"]} == {"easy": 1, "medium": 0, "hard": 0}
    two_sum = next(p for p in data["problems"] if p["slug"] == "two-sum")
    assert two_sum["best_seconds"] == two_sum["median_seconds"] == 754 and two_sum["last_verdict"] == "AC"
    assert data["streak"]["longest"] == 1
    assert sum(d["attempts"] for d in data["activity"]) == 3

    table = runner.invoke(cli, ["stats"], env={"COLUMNS": "160"})
    assert table.exit_code == 0, table.output
    text = table.stdout
    assert "Solved 1 of" in text and "12m 34s" in text and "design-skiplist" in text
    assert "less" in text and "more" in text and "3 in the last 12 weeks" in text


def test_stats_reports_an_unreadable_history_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["stats"], env={"JUDGE_HISTORY": str(tmp_path)})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is a directory" in result.stderr and "Traceback" not in result.output
