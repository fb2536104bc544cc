"""One attempt at a problem, as the history keeps it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

AttemptKind = Literal["submit", "practice", "check"]
RevealKind = Literal["hint", "spoil"]


@dataclass(frozen=True)
class Attempt:
    slug: str
    kind: AttemptKind
    # A Verdict value; "" for a practice session that ended without a submission.
    verdict: str
    # Timezone-aware UTC. submit/check: judging started; practice: the clock started.
    started_at: datetime
    finished_at: datetime
    # practice: clock time from the start to the accepted submission; else None.
    solve_seconds: float | None = None
    passed: int = 0
    total: int = 0
    # Per case: {"id", "verdict", "cpu_ms", "memory_kb"}.
    cases: list[dict[str, Any]] = field(default_factory=list)
    source_sha256: str = ""
    sandbox: str = ""
    # practice only: minutes on the clock, and how the session ended:
    # "accepted", "time-up", "quit" or "interrupted".
    minutes: int | None = None
    outcome: str | None = None
    # What the learner had seen since their last solve when the attempt was recorded
    # (filled in by record_attempt from the reveals): hints, and the reference (a spoil).
    hints: int = 0
    spoiled: bool = False
    # Made in interview mode (no hints, spoilers withheld until the end).
    interview: bool = False
    # The checked follow-ups measured after every case passed: {"id", "met": true | false | null, "detail"}.
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    # Set by the store when read back.
    id: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict == "AC"

    @property
    def follow_up_unmet(self) -> bool:
        """Accepted, but a measured follow-up was not met."""
        return self.accepted and any(item.get("met") is False for item in self.follow_ups)


@dataclass(frozen=True)
class Reveal:
    """A hint shown (`judge hint`, the practice panel's h) or the reference seen before any
    accepted submission (`judge solution --spoil`)."""

    slug: str
    kind: RevealKind
    at: datetime
    # hint: which one, from 1; spoil: None.
    number: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Aids:
    """What a learner has seen of a problem since they last solved it."""

    hints: int = 0
    spoiled: bool = False


def solved(attempt: Attempt) -> bool:
    """An acceptance that counts as a solve (a check judges drafts: work in progress)."""
    return attempt.accepted and attempt.kind != "check"


def aids_since_solve(attempts: Sequence[Attempt], reveals: Sequence[Reveal]) -> Aids:
    """Hints and spoils of one problem after its last solve: what the next attempt is helped by.
    The hints count is the highest hint number revealed, so hint 2 seen twice is two hints."""
    solves = [a.finished_at for a in attempts if solved(a)]
    since = max(solves) if solves else None
    fresh = [r for r in reveals if since is None or r.at > since]
    hints = max((r.number or 0 for r in fresh if r.kind == "hint"), default=0)
    return Aids(hints=hints, spoiled=any(r.kind == "spoil" for r in fresh))
