"""Which problem to practise now: spaced repetition (FSRS) over the history.

Each problem is one FSRS card (the `fsrs` package), replayed from scratch on
every call from the attempts, so the plan is a pure function of the history
and the injected `now`: no scheduler state is stored, and the same input
always gives the same output (fuzzing is off; card ids are fixed).

Review events. Attempts on one problem are sorted by `finished_at` and grouped
into review events: an attempt that starts within SESSION_GAP (2 hours) of the
previous one's end belongs to the same sitting, so five submissions in an
afternoon are one review, not five. The event is reviewed at its last attempt's
end.

What counts. `submit` and `practice` attempts are evidence. `check` attempts
are not: the watcher judges every saved draft, so a failing check is work in
progress, not a failed attempt (the practice session it belongs to is the
evidence). A practice session that was `interrupted` (Ctrl-C, a signal) before
any submission says nothing about the problem and is ignored; one with a
failing submission, or one the user quit or ran out of time on, is a failure.
A practice session is recorded as one attempt, so failed submissions inside
a session that ended accepted show only as a longer solve time.

Spoils. `judge solution --spoil` (the reference seen before any accepted
submission) is recorded as a reveal; it joins the sittings like an attempt
that failed, so a spoil alone is a review rated Again. Hints (`judge hint`,
the practice panel's h) are not reviews: an attempt records how many it had
seen since the problem's last solve (`Attempt.hints`, `Attempt.spoiled`).

Ratings, per event:
- Again: nothing in the event was accepted, or the reference was seen for it
  (a spoil in the sitting, or since the last solve before the accepted attempt).
- Hard: accepted after failed attempts in the event, after seeing hints,
  solved on the practice clock but slower than it, or accepted with a
  checked follow-up measured as not met (right, but not what the
  interviewer asked for: due again sooner).
- Easy: accepted on the first try in at most half the clock.
- Good: accepted on the first try otherwise (also when the solve time is
  unknown, as for a plain `judge submit`).
The clock is the practice session's own (`minutes`), else the difficulty's:
CLOCK_MINUTES, 20/40/60 minutes for easy/medium/hard.

Scheduler settings. No (re)learning steps: FSRS's default steps are minutes
long, made for flash cards; a coding problem is worth revisiting after days,
so every review goes straight to an interval in whole days (at least one).

Order of the plan: due problems first (lowest retrievability, then most
overdue), then problems never attempted (easy, medium, hard, then catalogue
order), then the rest by due date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fsrs import Card, Rating, Scheduler

from judge.history.records import Attempt, Reveal

SESSION_GAP = timedelta(hours=2)
CLOCK_MINUTES: dict[str, int] = {"easy": 20, "medium": 40, "hard": 60}
_DEFAULT_CLOCK_MINUTES = 40  # a slug whose difficulty is unknown (a problem since removed)
_DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}

ScheduleState = Literal["due", "new", "learning", "scheduled"]
# As the catalogue gives it: slug, difficulty, tags.
ProblemInfo = tuple[str, str, Sequence[str]]

# fuzzing draws random numbers; the plan must be a function of its input.
_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass(frozen=True)
class Review:
    """One sitting on a problem, as FSRS sees it."""

    at: datetime
    rating: Rating
    # Attempts that failed before the first acceptance (all of them when none was accepted).
    failures: int
    verdict: str
    # The first acceptance in the sitting, and the practice clock time to it when timed.
    solved_at: datetime | None = None
    solve_seconds: float | None = None
    # The solve needed hints (how many), or the reference (a spoil in the sitting, or seen since the last solve).
    hints: int = 0
    spoiled: bool = False


@dataclass(frozen=True)
class Recommendation:
    slug: str
    difficulty: str
    tags: tuple[str, ...]
    # due: practise now; new: never attempted; learning: attempted, never
    # accepted, not due yet; scheduled: solved, not due yet.
    state: ScheduleState
    due_at: datetime | None
    # FSRS's estimate of the chance you would solve it now; None when new.
    retrievability: float | None
    last_verdict: str | None
    last_attempt_at: datetime | None
    last_solved_at: datetime | None
    # The clock time of the last accepted practice session; None when the last
    # solve was a plain submit (no clock) or there was none.
    last_solve_seconds: float | None
    # Over the whole history: attempts that failed before their sitting's first acceptance.
    failed_attempts: int
    reviews: int
    reason: str
    # What the last solve needed: hints seen before it, and whether the reference was.
    last_solve_hints: int = 0
    last_solve_spoiled: bool = False
    # The last review saw the reference (`judge solution --spoil`).
    last_review_spoiled: bool = False

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: datetimes as ISO 8601 strings."""
        row = asdict(self)
        row["tags"] = list(self.tags)
        for key in ("due_at", "last_attempt_at", "last_solved_at"):
            value = row[key]
            row[key] = value.isoformat() if value is not None else None
        return row


def plan(
    attempts: Iterable[Attempt], problems: Sequence[ProblemInfo], now: datetime, reveals: Iterable[Reveal] = ()
) -> list[Recommendation]:
    """Every problem in `problems`, ordered by what to practise now (first = practise this).
    `reveals` are the history's hints and spoils: a spoil is a failed review of its own."""
    now = _utc(now)
    by_slug = _group_by_slug(attempts)
    spoils = _spoils_by_slug(reveals)
    ranked: list[tuple[tuple[Any, ...], Recommendation]] = []
    for index, (slug, difficulty, tags) in enumerate(problems):
        item = _recommend(slug, difficulty, tuple(tags), by_slug.get(slug, []), now, spoils.get(slug, []))
        if item.state == "due":
            assert item.retrievability is not None and item.due_at is not None
            key: tuple[Any, ...] = (0, item.retrievability, item.due_at, index)
        elif item.state == "new":
            key = (1, _DIFFICULTY_RANK.get(difficulty, len(_DIFFICULTY_RANK)), index)
        else:
            key = (2, item.due_at, index)
        ranked.append((key, item))
    ranked.sort(key=lambda pair: pair[0])
    return [item for _, item in ranked]


def due_slugs(
    attempts: Iterable[Attempt], now: datetime, difficulties: Mapping[str, str] | None = None, reveals: Iterable[Reveal] = ()
) -> set[str]:
    """The attempted problems due for practice at `now`.

    `difficulties` (slug -> difficulty) sets the clock for a practice session
    that did not record its own; without it such a session is timed against
    medium's clock.
    """
    now = _utc(now)
    difficulties = difficulties or {}
    due: set[str] = set()
    by_slug = _group_by_slug(attempts)
    spoils = _spoils_by_slug(reveals)
    for slug in by_slug.keys() | spoils.keys():
        reviews = review_events(by_slug.get(slug, []), difficulties.get(slug, ""), spoils.get(slug, []))
        if reviews and _card(reviews).due <= now:
            due.add(slug)
    return due


def review_events(attempts: Sequence[Attempt], difficulty: str, spoils: Sequence[Reveal] = ()) -> list[Review]:
    """One problem's attempts and spoils (any order) as FSRS reviews, oldest first; see the module docstring."""
    evidence: list[Attempt | Reveal] = [a for a in attempts if _counts(a)]
    evidence += [r for r in spoils if r.kind == "spoil"]
    evidence.sort(key=_end)
    sittings: list[list[Attempt | Reveal]] = []
    for event in evidence:
        if sittings and _start(event) - _end(sittings[-1][-1]) <= SESSION_GAP:
            sittings[-1].append(event)
        else:
            sittings.append([event])
    return [_rate(sitting, difficulty) for sitting in sittings]


def _start(event: Attempt | Reveal) -> datetime:
    return _utc(event.started_at if isinstance(event, Attempt) else event.at)


def _end(event: Attempt | Reveal) -> datetime:
    return _utc(event.finished_at if isinstance(event, Attempt) else event.at)


def _spoils_by_slug(reveals: Iterable[Reveal]) -> dict[str, list[Reveal]]:
    groups: dict[str, list[Reveal]] = {}
    for reveal in reveals:
        if reveal.kind == "spoil":
            groups.setdefault(reveal.slug, []).append(reveal)
    return groups


def _recommend(
    slug: str, difficulty: str, tags: tuple[str, ...], history: list[Attempt], now: datetime, spoils: Sequence[Reveal] = ()
) -> Recommendation:
    reviews = review_events(history, difficulty, spoils)
    if not reviews:
        return Recommendation(
            slug, difficulty, tags, "new", None, None, None, None, None, None, 0, 0, reason=f"never attempted; {difficulty}"
        )
    card = _card(reviews)
    solves = [review for review in reviews if review.solved_at is not None]
    last_solve = solves[-1] if solves else None
    state: ScheduleState = "due" if card.due <= now else "scheduled" if solves else "learning"
    item = Recommendation(
        slug=slug,
        difficulty=difficulty,
        tags=tags,
        state=state,
        due_at=card.due,
        retrievability=_SCHEDULER.get_card_retrievability(card, now),
        last_verdict=reviews[-1].verdict or None,
        last_attempt_at=reviews[-1].at,
        last_solved_at=last_solve.solved_at if last_solve else None,
        last_solve_seconds=last_solve.solve_seconds if last_solve else None,
        failed_attempts=sum(review.failures for review in reviews),
        reviews=len(reviews),
        reason="",
        last_solve_hints=last_solve.hints if last_solve else 0,
        last_solve_spoiled=last_solve.spoiled if last_solve else False,
        last_review_spoiled=reviews[-1].spoiled,
    )
    return _with_reason(item, now)


def _with_reason(item: Recommendation, now: datetime) -> Recommendation:
    assert item.due_at is not None
    if item.state == "due":
        late = now - item.due_at
        when = "due now" if late < timedelta(minutes=1) else f"overdue by {_span(late)}"
    else:
        when = f"due in {_span(item.due_at - now)}"
    if item.last_solved_at is not None:
        solve = f"last solved {_span(now - item.last_solved_at)} ago"
        if item.last_solve_seconds is not None:
            solve += f" in {_span(timedelta(seconds=item.last_solve_seconds))}"
        if item.last_solve_spoiled:
            solve += " after seeing the reference"
        elif item.last_solve_hints:
            solve += f" with {_plural(item.last_solve_hints, 'hint')}"
    else:
        assert item.last_attempt_at is not None
        verdict = f" with {item.last_verdict}" if item.last_verdict else ""
        tried = "the reference seen" if item.last_review_spoiled and not item.last_verdict else "last tried"
        solve = f"never solved, {tried} {_span(now - item.last_attempt_at)} ago{verdict}"
    failures = _plural(item.failed_attempts, "failed attempt") if item.failed_attempts else "no failed attempts"
    return replace(item, reason=f"{when} ({solve}; {failures})")


def _card(reviews: Sequence[Review]) -> Card:
    # A fixed id and due date: Card() would otherwise read the wall clock.
    card = Card(card_id=1, due=reviews[0].at)
    for review in reviews:
        card, _ = _SCHEDULER.review_card(card, review.rating, review.at)
    return card


def _rate(events: Sequence[Attempt | Reveal], difficulty: str) -> Review:
    at = _end(events[-1])
    sitting = [event for event in events if isinstance(event, Attempt)]
    spoiled_here = len(sitting) < len(events)  # the reference seen (before any solve: it is only recorded then)
    verdict = sitting[-1].verdict if sitting else ""
    first_accept = next((i for i, a in enumerate(sitting) if a.accepted), None)
    if first_accept is None:
        return Review(at, Rating.Again, len(sitting), verdict, spoiled=spoiled_here)
    solve = sitting[first_accept]
    solved_at = _utc(solve.finished_at)
    spoiled = spoiled_here or solve.spoiled
    # The practice session that holds the clock may be recorded beside (after)
    # the accepted submission itself, so look at every acceptance in the sitting.
    timed = next((a.solve_seconds for a in sitting if a.accepted and a.solve_seconds is not None), None)
    minutes = next((a.minutes for a in sitting if a.accepted and a.solve_seconds is not None), None)
    failures = first_accept  # every attempt before the first acceptance failed
    if spoiled:
        rating = Rating.Again  # solved from the reference: not recalled
    elif failures or solve.hints or solve.follow_up_unmet:
        rating = Rating.Hard
    elif timed is None:
        rating = Rating.Good
    else:
        clock = 60 * (minutes or CLOCK_MINUTES.get(difficulty, _DEFAULT_CLOCK_MINUTES))
        rating = Rating.Hard if timed > clock else Rating.Easy if timed <= clock / 2 else Rating.Good
    return Review(at, rating, failures, verdict, solved_at, timed, solve.hints, spoiled)


def _counts(attempt: Attempt) -> bool:
    if attempt.kind == "check":
        return False
    return not (attempt.kind == "practice" and attempt.outcome == "interrupted" and not attempt.verdict)


def _group_by_slug(attempts: Iterable[Attempt]) -> dict[str, list[Attempt]]:
    groups: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        groups.setdefault(attempt.slug, []).append(attempt)
    return groups


def _utc(moment: datetime) -> datetime:
    # FSRS insists on tzinfo == UTC; the history stores aware UTC, but
    # a naive datetime (a hand-made record) is taken to be UTC too.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _span(delta: timedelta) -> str:
    minutes = max(0, round(delta.total_seconds() / 60))
    if minutes < 60:
        return _plural(max(minutes, 1), "min", "min")
    hours = round(minutes / 60)
    if hours < 24:
        return _plural(hours, "hour")
    return _plural(round(minutes / (60 * 24)), "day")


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"
