"""`judge next`: the FSRS plan over constructed histories with an injected `now`, then the command."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from fsrs import Rating

from judge.catalog import Catalog
from judge.cli import cli
from judge.history.location import history_path
from judge.history.records import Attempt, AttemptKind
from judge.history.schedule import Recommendation, due_slugs, plan, review_events
from judge.history.store import History

from .conftest import PROBLEMS

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def attempt(
    slug: str,
    verdict: str,
    at: datetime,
    kind: AttemptKind = "submit",
    solve_minutes: float | None = None,
    minutes: int | None = None,
    outcome: str | None = None,
) -> Attempt:
    """An attempt that finished at `at`; a practice session started its clock solve_minutes (or 30 min) before."""
    took = timedelta(minutes=solve_minutes if solve_minutes is not None else 30) if kind == "practice" else timedelta(seconds=3)
    return Attempt(
        slug=slug,
        kind=kind,
        verdict=verdict,
        started_at=at - took,
        finished_at=at,
        solve_seconds=solve_minutes * 60 if solve_minutes is not None else None,
        minutes=minutes,
        outcome=outcome,
    )


def practice(slug: str, at: datetime, solve_minutes: float, minutes: int = 20) -> Attempt:
    return attempt(slug, "AC", at, "practice", solve_minutes, minutes, "accepted")


def by_slug(attempts: list[Attempt], problems: list[tuple[str, str, list[str]]], now: datetime = NOW) -> dict[str, Recommendation]:
    return {item.slug: item for item in plan(attempts, problems, now)}


def test_a_problem_solved_long_ago_is_due_and_outranks_a_recent_solve_and_new_problems() -> None:
    history = [attempt("old", "AC", NOW - 60 * DAY), attempt("recent", "AC", NOW - timedelta(hours=1))]
    problems = [("recent", "easy", ["a"]), ("fresh", "easy", ["a"]), ("old", "easy", ["a"])]
    ranked = plan(history, problems, NOW)
    assert [(item.slug, item.state) for item in ranked] == [("old", "due"), ("fresh", "new"), ("recent", "scheduled")]
    assert ranked[0].due_at is not None and ranked[2].due_at is not None
    assert ranked[0].due_at < NOW < ranked[2].due_at
    assert ranked[0].retrievability is not None and ranked[0].retrievability < 0.9
    assert due_slugs(history, NOW) == {"old"}
    # The same recent solve is due once enough time has passed.
    assert due_slugs(history, NOW + 30 * DAY) == {"old", "recent"}


def test_failures_and_slow_solves_bring_a_problem_back_sooner_than_a_clean_solve() -> None:
    t = NOW - 10 * DAY
    history = [
        attempt("clean", "AC", t),
        attempt("failed", "WA", t),
        attempt("struggled", "WA", t - timedelta(minutes=20)),
        attempt("struggled", "AC", t),
        practice("slow", t, solve_minutes=25, minutes=20),
        practice("fast", t, solve_minutes=8, minutes=20),
    ]
    problems = [(slug, "easy", ["a"]) for slug in ("clean", "failed", "struggled", "slow", "fast")]
    due = {item.slug: item.due_at or NOW for item in plan(history, problems, NOW)}
    assert due["failed"] < due["clean"]
    assert due["struggled"] < due["clean"]
    assert due["slow"] < due["clean"]
    assert due["fast"] > due["clean"]


def test_sittings_are_grouped_and_rated() -> None:
    t = NOW - 5 * DAY
    # Three failures then a solve inside an hour: one review, Hard, three failures.
    sitting = [attempt("p", "WA", t), attempt("p", "TLE", t + timedelta(minutes=20)), attempt("p", "RE", t + timedelta(minutes=40))]
    sitting.append(attempt("p", "AC", t + timedelta(minutes=55)))
    [review] = review_events(sitting, "easy")
    assert (review.rating, review.failures, review.at) == (Rating.Hard, 3, t + timedelta(minutes=55))
    # The next day is another sitting.
    [first, second] = review_events([attempt("p", "WA", t), attempt("p", "AC", t + DAY)], "easy")
    assert (first.rating, second.rating) == (Rating.Again, Rating.Good)
    # The practice clock decides Easy/Good/Hard: the session's own, else the difficulty's (40 min for medium).
    assert review_events([practice("p", t, 9, minutes=20)], "easy")[0].rating == Rating.Easy
    assert review_events([practice("p", t, 15, minutes=20)], "easy")[0].rating == Rating.Good
    assert review_events([practice("p", t, 21, minutes=20)], "easy")[0].rating == Rating.Hard
    untimed = attempt("p", "AC", t, "practice", solve_minutes=30, outcome="accepted")
    assert review_events([untimed], "medium")[0].rating == Rating.Good
    assert review_events([untimed], "easy")[0].rating == Rating.Hard
    # An accepted submit with its practice session beside it is timed by the session.
    assert review_events([attempt("p", "AC", t), practice("p", t + timedelta(seconds=1), 5)], "easy")[0].rating == Rating.Easy


def test_what_counts_as_an_attempt() -> None:
    t = NOW - 5 * DAY
    # The watcher's failing checks are drafts, not failures.
    [review] = review_events([attempt("p", "WA", t, "check"), attempt("p", "WA", t, "check"), attempt("p", "AC", t)], "easy")
    assert (review.rating, review.failures) == (Rating.Good, 0)
    # A session interrupted before any submission says nothing; one the user quit, or
    # interrupted after a failing submission, is a failure.
    assert review_events([attempt("p", "", t, "practice", outcome="interrupted")], "easy") == []
    [failed] = review_events([attempt("p", "WA", t, "practice", outcome="interrupted")], "easy")
    assert (failed.rating, failed.failures) == (Rating.Again, 1)
    [quit_] = review_events([attempt("p", "", t, "practice", outcome="quit")], "easy")
    assert (quit_.rating, quit_.failures) == (Rating.Again, 1)
    items = by_slug([attempt("p", "", t, "practice", outcome="interrupted")], [("p", "easy", ["a"])])
    assert items["p"].state == "new"


def test_never_attempted_problems_go_easy_medium_hard_then_in_catalogue_order() -> None:
    problems = [("h", "hard", ["a"]), ("m", "medium", ["a"]), ("e2", "easy", ["a"]), ("e1", "easy", ["a"])]
    ranked = plan([], problems, NOW)
    assert [item.slug for item in ranked] == ["e2", "e1", "m", "h"]
    assert all(item.state == "new" and item.due_at is None and item.retrievability is None for item in ranked)
    assert ranked[0].reason == "never attempted; easy"


def test_due_problems_go_least_likely_to_be_remembered_first() -> None:
    # b was solved cleanly twice (long interval, so still fairly fresh); a once, long ago.
    history = [
        attempt("b", "AC", NOW - 80 * DAY),
        attempt("b", "AC", NOW - 77 * DAY),
        attempt("a", "AC", NOW - 40 * DAY),
    ]
    ranked = plan(history, [("b", "easy", ["x"]), ("a", "easy", ["x"])], NOW)
    assert [item.state for item in ranked] == ["due", "due"]
    assert ranked[0].slug == "a"
    assert ranked[0].retrievability is not None and ranked[1].retrievability is not None
    assert ranked[0].retrievability < ranked[1].retrievability


def test_the_reason_names_the_due_time_the_last_solve_and_the_failures() -> None:
    t = NOW - 10 * DAY
    history = [attempt("p", "WA", t - timedelta(minutes=10)), attempt("p", "WA", t - timedelta(minutes=5)), practice("p", t, 14)]
    [item] = plan(history, [("p", "easy", ["a"])], NOW)
    # Hard (two failures first): FSRS's first interval for Hard is one day.
    assert item.due_at == t + DAY
    assert item.reason == "overdue by 9 days (last solved 10 days ago in 14 min; 2 failed attempts)"
    assert (item.last_verdict, item.last_solve_seconds, item.failed_attempts) == ("AC", 14 * 60, 2)

    [never] = plan([attempt("q", "WA", NOW - 2 * DAY)], [("q", "medium", ["a"])], NOW)
    assert never.reason == "overdue by 1 day (never solved, last tried 2 days ago with WA; 1 failed attempt)"

    [later] = plan([attempt("r", "AC", NOW - timedelta(hours=3))], [("r", "hard", ["a"])], NOW)
    assert later.state == "scheduled"
    assert later.reason == "due in 2 days (last solved 3 hours ago; no failed attempts)"

    [learning] = plan([attempt("s", "WA", NOW - timedelta(hours=3))], [("s", "hard", ["a"])], NOW)
    assert learning.state == "learning"
    assert learning.reason == "due in 21 hours (never solved, last tried 3 hours ago with WA; 1 failed attempt)"


def test_the_plan_is_a_function_of_its_input() -> None:
    history = [
        attempt("a", "WA", NOW - 30 * DAY),
        attempt("a", "AC", NOW - 29 * DAY),
        practice("b", NOW - 9 * DAY, 12),
        practice("b", NOW - 3 * DAY, 6),
        attempt("c", "TLE", NOW - DAY),
    ]
    problems = [("a", "easy", ["x"]), ("b", "medium", ["x"]), ("c", "hard", ["x"]), ("d", "easy", ["x"])]
    first = plan(history, problems, NOW)
    shuffled = history[:]
    random.Random(4).shuffle(shuffled)
    assert plan(shuffled, problems, NOW) == first
    assert plan(history, problems, NOW) == first
    # The same instants in another time zone are the same history.
    tz = timezone(timedelta(hours=-5))
    moved = [
        Attempt(a.slug, a.kind, a.verdict, a.started_at.astimezone(tz), a.finished_at.astimezone(tz), a.solve_seconds, minutes=a.minutes)
        for a in history
    ]
    assert plan(moved, problems, NOW.astimezone(tz)) == first


def test_problems_outside_the_catalogue_are_not_recommended() -> None:
    history = [attempt("gone", "AC", NOW - 60 * DAY)]
    assert [item.slug for item in plan(history, [("here", "easy", ["a"])], NOW)] == ["here"]
    assert due_slugs(history, NOW) == {"gone"}


# The command, against the real catalogue and a history file (JUDGE_HISTORY is per test, see conftest).


def record(*attempts: Attempt) -> None:
    with History.open() as history:
        for item in attempts:
            history.record(item)


def first_easy_slug() -> str:
    problems, _ = Catalog(PROBLEMS).load_all()
    return next(p.slug for p in problems if p.spec.difficulty == "easy")


def test_next_with_no_history_recommends_the_first_easy_problem_as_new() -> None:
    result = CliRunner().invoke(cli, ["next"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    slug = first_easy_slug()
    assert f"Practise {slug} (easy;" in result.output
    assert "never attempted" in result.output
    assert f"judge practice {slug}" in result.output
    assert not Path(history_path()).exists()  # reading an absent history creates nothing


def test_next_puts_an_overdue_problem_first_and_says_why() -> None:
    now = datetime.now(UTC)  # the command reads the real clock; every distance here is days wide
    record(attempt("two-sum", "WA", now - 30 * DAY - timedelta(minutes=5)), attempt("two-sum", "AC", now - 30 * DAY))
    result = CliRunner().invoke(cli, ["next", "-n", "3"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Practise two-sum (easy;")
    assert "overdue by 29 days (last solved 30 days ago; 1 failed attempt)" in result.output
    assert "judge practice two-sum" in result.output
    assert first_easy_slug() in result.output  # the table's second row

    rows = json.loads(CliRunner().invoke(cli, ["next", "--json", "-n", "3"], catch_exceptions=False).output)
    assert [row["state"] for row in rows] == ["due", "new", "new"]
    assert rows[0]["slug"] == "two-sum" and rows[0]["failed_attempts"] == 1 and rows[0]["last_verdict"] == "AC"
    assert datetime.fromisoformat(rows[0]["due_at"]) < now

    # Filters choose among the problems before ranking.
    rows = json.loads(CliRunner().invoke(cli, ["next", "--json", "--difficulty", "hard"], catch_exceptions=False).output)
    assert len(rows) == 1 and rows[0]["difficulty"] == "hard" and rows[0]["state"] == "new"


@pytest.mark.parametrize("args", [["--tag", "no-such-tag"], ["-n", "0"], ["--difficulty", "trivial"]])
def test_next_rejects_bad_options_in_one_line(args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["next", *args], catch_exceptions=False)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
