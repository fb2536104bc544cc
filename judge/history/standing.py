"""A problem's one-word standing for `judge list`, from the history."""

from __future__ import annotations

from collections.abc import Sequence

from judge.history.records import Attempt


def problem_status(attempts: Sequence[Attempt], solution_exists: bool, due: bool = False) -> str:
    """The standing of one problem, given its attempts (oldest first):

    due                  the review schedule says it is time to solve it again
    solved               accepted at least once
    attempted (VERDICT)  never accepted; VERDICT is the latest
    started              a solution file, or only checks of drafts
    ""                   nothing yet
    """
    if due:
        return "due"
    # A check is the watcher judging a saved draft: work in progress, not an attempt.
    judged = [a for a in attempts if a.kind != "check"]
    if any(a.accepted for a in judged):
        return "solved"
    verdicts = [a.verdict for a in judged if a.verdict]
    if verdicts:
        return f"attempted ({verdicts[-1]})"
    if judged:
        return "attempted"  # practice sessions that ended before any submission
    return "started" if solution_exists or attempts else ""
