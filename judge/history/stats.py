"""What the history says about the user: solved and attempted per difficulty and tag,
solve times per problem, streaks and daily activity.

Pure: attempts, the catalogue and "today" go in, figures come out, so every
number can be tested with constructed attempts and a fixed date.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from judge.catalog import Problem
from judge.history.records import Attempt

ACTIVITY_WEEKS = 12
DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Tally:
    """Problems of one difficulty or tag: solved (accepted at least once),
    attempted (any attempt, solved ones included), and how many the catalogue has."""

    name: str
    solved: int
    attempted: int
    total: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "solved": self.solved, "attempted": self.attempted, "total": self.total}


@dataclass(frozen=True)
class ProblemFigures:
    slug: str
    # None for a problem the catalogue no longer has.
    title: str | None
    difficulty: str | None
    attempts: int
    solved: bool
    # From accepted practice sessions only: a submit carries no clock.
    best_seconds: float | None
    median_seconds: float | None
    # The latest attempt that reached a verdict (a practice session quit before
    # any submission has none).
    last_verdict: str | None
    last_at: datetime
    # The least help any of its solves needed: "none", "hints" or "reference"; None when unsolved.
    help: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "help": self.help,
            "title": self.title,
            "difficulty": self.difficulty,
            "attempts": self.attempts,
            "solved": self.solved,
            "best_seconds": self.best_seconds,
            "median_seconds": self.median_seconds,
            "last_verdict": self.last_verdict,
            "last_at": self.last_at.isoformat(),
        }


@dataclass(frozen=True)
class Solves:
    """Accepted submissions and practice sessions, by the help they had: none, hints seen
    since the problem's last solve, or the reference seen (a spoil). Interview-mode ones
    (no hints possible) are counted again on their own, as are interview-mode attempts."""

    without_hints: int = 0
    with_hints: int = 0
    with_reference: int = 0
    interview: int = 0
    interview_attempts: int = 0

    @property
    def total(self) -> int:
        return self.without_hints + self.with_hints + self.with_reference

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "without_hints": self.without_hints,
            "with_hints": self.with_hints,
            "with_reference": self.with_reference,
            "interview": self.interview,
            "interview_attempts": self.interview_attempts,
        }


def help_of(attempt: Attempt) -> str:
    """What an attempt had seen: "reference", "hints" or "none"."""
    return "reference" if attempt.spoiled else "hints" if attempt.hints else "none"


def count_solves(attempts: Iterable[Attempt]) -> Solves:
    attempts = [a for a in attempts if a.kind != "check"]
    accepted = [a for a in attempts if a.accepted]
    helps = Counter(help_of(a) for a in accepted)
    return Solves(
        without_hints=helps["none"],
        with_hints=helps["hints"],
        with_reference=helps["reference"],
        interview=sum(a.interview for a in accepted),
        interview_attempts=sum(a.interview for a in attempts),
    )


@dataclass(frozen=True)
class Day:
    day: date
    attempts: int
    accepted: int

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "attempts": self.attempts, "accepted": self.accepted}


@dataclass(frozen=True)
class Stats:
    today: date
    attempts: int
    solved: int
    attempted: int
    total: int
    by_difficulty: list[Tally]
    by_tag: list[Tally]
    problems: list[ProblemFigures]
    current_streak: int
    longest_streak: int
    # Whole weeks, Monday first, oldest first, up to and including today.
    activity: list[Day]
    solves: Solves = Solves()
    # Solved problems with an accepted attempt that met every checked follow-up
    # (a problem without checked follow-ups counts once solved).
    solved_follow_ups: int = 0

    @property
    def empty(self) -> bool:
        return self.attempts == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "attempts": self.attempts,
            "solved": self.solved,
            "solved_with_follow_ups": self.solved_follow_ups,
            "attempted": self.attempted,
            "total": self.total,
            "by_difficulty": [t.to_json() for t in self.by_difficulty],
            "by_tag": [t.to_json() for t in self.by_tag],
            "problems": [p.to_json() for p in self.problems],
            "streak": {"current": self.current_streak, "longest": self.longest_streak},
            "activity": [d.to_json() for d in self.activity],
            "solves": self.solves.to_json(),
        }


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day of ``moment`` where the user is (``tz``; None: this machine's zone)."""
    return moment.astimezone(tz).date()


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days in ``days``. The current run may end
    today or yesterday: a streak is not broken until a whole day passes without a solve."""
    present = set(days)
    longest = 0
    for day in present:
        if day - timedelta(days=1) in present:
            continue  # not the first day of its run
        length = 1
        while day + timedelta(days=length) in present:
            length += 1
        longest = max(longest, length)
    end = today if today in present else today - timedelta(days=1)
    current = 0
    while end - timedelta(days=current) in present:
        current += 1
    return current, longest


def activity(attempts: Iterable[Attempt], today: date, tz: tzinfo | None = None, weeks: int = ACTIVITY_WEEKS) -> list[Day]:
    """Attempts and accepted attempts per day, from the Monday ``weeks - 1`` weeks
    before this week's through ``today``."""
    start = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    counts: Counter[date] = Counter()
    accepted: Counter[date] = Counter()
    for attempt in attempts:
        day = local_day(attempt.finished_at, tz)
        counts[day] += 1
        accepted[day] += attempt.accepted
    days = [start + timedelta(days=n) for n in range((today - start).days + 1)]
    return [Day(day, counts[day], accepted[day]) for day in days]


def compute_stats(attempts: Sequence[Attempt], problems: Sequence[Problem], today: date, tz: tzinfo | None = None) -> Stats:
    """The figures for ``attempts``. Checks (the watcher judging saved drafts) are work in
    progress, not attempts, and are left out; days are local to ``tz`` (None: this machine's)."""
    attempts = [a for a in attempts if a.kind != "check"]
    by_slug: dict[str, list[Attempt]] = defaultdict(list)
    for attempt in sorted(attempts, key=lambda a: a.finished_at):
        by_slug[attempt.slug].append(attempt)
    solved = {slug for slug, tries in by_slug.items() if any(a.accepted for a in tries)}
    catalogue = {p.slug: p for p in problems}

    def tally(name: str, members: list[Problem]) -> Tally:
        slugs = {p.slug for p in members}
        return Tally(name, len(slugs & solved), len(slugs & by_slug.keys()), len(slugs))

    by_difficulty = [tally(level, [p for p in problems if p.spec.difficulty == level]) for level in DIFFICULTIES]
    tags = sorted({tag for p in problems for tag in p.spec.tags})
    by_tag = [tally(tag, [p for p in problems if tag in p.spec.tags]) for tag in tags]

    figures = [_problem_figures(slug, tries, catalogue.get(slug)) for slug, tries in by_slug.items()]
    order = {level: n for n, level in enumerate(DIFFICULTIES)}
    figures.sort(key=lambda f: (order.get(f.difficulty or "", len(order)), f.slug))

    current, longest = streaks((local_day(a.finished_at, tz) for a in attempts if a.accepted), today)
    everything = tally("all", list(problems))
    return Stats(
        today=today,
        attempts=len(attempts),
        solved=everything.solved,
        attempted=everything.attempted,
        total=everything.total,
        by_difficulty=by_difficulty,
        by_tag=by_tag,
        problems=figures,
        current_streak=current,
        longest_streak=longest,
        activity=activity(attempts, today, tz),
        solves=count_solves(attempts),
        solved_follow_ups=sum(1 for slug in solved & catalogue.keys() if follow_ups_met(by_slug[slug], catalogue[slug])),
    )


def follow_ups_met(tries: Sequence[Attempt], problem: Problem) -> bool:
    """Some accepted attempt met every checked follow-up of ``problem`` (any acceptance will
    do for a problem without checked follow-ups)."""
    checked = {item.id for item in problem.spec.follow_up if item.checked}
    for attempt in tries:
        if attempt.accepted and checked <= {item.get("id") for item in attempt.follow_ups if item.get("met") is True}:
            return True
    return False


def _problem_figures(slug: str, tries: list[Attempt], problem: Problem | None) -> ProblemFigures:
    times = [a.solve_seconds for a in tries if a.kind == "practice" and a.accepted and a.solve_seconds is not None]
    verdicts = [a.verdict for a in tries if a.verdict]
    helps = {help_of(a) for a in tries if a.accepted}
    return ProblemFigures(
        slug=slug,
        title=problem.spec.title if problem else None,
        difficulty=problem.spec.difficulty if problem else None,
        attempts=len(tries),
        solved=any(a.accepted for a in tries),
        best_seconds=min(times) if times else None,
        median_seconds=statistics.median(times) if times else None,
        last_verdict=verdicts[-1] if verdicts else None,
        last_at=tries[-1].finished_at,
        help=next((level for level in ("none", "hints", "reference") if level in helps), None),
    )
