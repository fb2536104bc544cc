"""GitHub Actions workflow commands: each failing solution becomes an error
annotation on its file (and line, when the failure points at one)."""

from __future__ import annotations

import os

from judge.checking.parallel import Outcome
from judge.checking.public import outcome_message
from judge.text import inert


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _data(text: str) -> str:
    # Inert first (a terminal renders the log: OSC 52 must not reach it), then the
    # escapes @actions/core applies, so a message cannot end or forge a command.
    text = inert(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _line(outcome: Outcome) -> int | None:
    report = outcome.report
    if report is None:
        return None
    failure = report.first_failure
    line = failure.line if failure is not None else report.line
    return line if isinstance(line, int) and line > 0 else None


def annotation(outcome: Outcome) -> str:
    """The `::error` command for a solution that was not accepted."""
    properties = [f"file={_property(str(outcome.found.path))}"]
    line = _line(outcome)
    if line is not None:
        properties.append(f"line={line}")
    verdict = str(outcome.report.verdict) if outcome.report is not None else "not judged"
    properties.append(f"title={_property(f'{outcome.found.slug}: {verdict}')}")
    return f"::error {','.join(properties)}::{_data(outcome_message(outcome))}"
