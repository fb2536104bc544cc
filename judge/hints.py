"""A problem's hints, released one at a time and recorded as they are shown.

`judge hint` and the practice panel's h share one count: the hints shown since the
problem's last solve (an accepted submit or practice session), from the history's reveals.
"""

from __future__ import annotations

from datetime import UTC, datetime

from judge.catalog import Problem
from judge.console import warn
from judge.errors import JudgeError
from judge.history.recording import record_reveal
from judge.history.records import aids_since_solve
from judge.history.store import read_attempts, read_reveals


def hints_seen(slug: str) -> int:
    """How many of ``slug``'s hints the history says were shown since its last solve."""
    return aids_since_solve(read_attempts(slug=slug), read_reveals(slug=slug)).hints


def hint_text(problem: Problem, number: int, language: str) -> str:
    """Hint ``number`` (from 1) in ``language``, else in English."""
    hint = problem.spec.hints[number - 1]
    return hint.text(language) or hint.en


def has_language(problem: Problem, language: str) -> bool:
    return all(hint.text(language) is not None for hint in problem.spec.hints)


class HintDeck:
    """The hints for a practice session: ``next_hint`` shows and records the next one."""

    def __init__(self, problem: Problem, language: str = "en") -> None:
        self.problem = problem
        self.language = language
        self.total = len(problem.spec.hints)
        # Seen before this session (`judge hint`, an earlier session); counted on here, so
        # with the history off the session still moves on to the next hint.
        try:
            self.shown = min(hints_seen(problem.slug), self.total)
        except JudgeError as error:  # an unreadable history costs the count, not the session
            warn(f"hints seen before are not known: {error}")
            self.shown = 0

    def _line(self, number: int) -> str:
        return f"Hint {number} of {self.total}: {hint_text(self.problem, number, self.language)}"

    def seen(self) -> list[str]:
        return [self._line(number) for number in range(1, self.shown + 1)]

    def next_hint(self) -> str | None:
        if self.shown >= self.total:
            return None
        self.shown += 1
        record_reveal(self.problem.slug, "hint", datetime.now(UTC), self.shown)
        return self._line(self.shown)
