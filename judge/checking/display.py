"""How a `judge check` run looks: live progress while it works, a table at the end."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from judge.checking.discovery import Found
from judge.checking.parallel import Outcome, QuietObserver
from judge.checking.public import outcome_message
from judge.console import err
from judge.text import inert


class LiveProgress:
    """A bar for the whole run and one line per solution being judged (terminals)."""

    def __init__(self, progress: Progress, total: int) -> None:
        self._progress = progress
        self._overall = progress.add_task("[bold]solutions", total=total)
        self._tasks: dict[Path, TaskID] = {}
        self._lock = threading.Lock()

    def phase(self, found: Found, what: str, total: int) -> None:
        with self._lock:
            task = self._tasks.get(found.path)
            description = f"  [slug]{escape(inert(found.slug, 80, one_line=True))}[/] [muted]{escape(what)}[/]"
            if task is None:
                self._tasks[found.path] = self._progress.add_task(description, total=total)
            else:
                self._progress.reset(task, total=total, description=description)

    def case_done(self, found: Found, case_id: str) -> None:
        with self._lock:
            task = self._tasks.get(found.path)
        if task is not None:
            self._progress.advance(task)

    def finished(self, outcome: Outcome, done: int) -> None:
        with self._lock:
            task = self._tasks.pop(outcome.found.path, None)
        if task is not None:
            self._progress.remove_task(task)
        self._progress.advance(self._overall)


class LogProgress(QuietObserver):
    """One line per finished solution, for logs (CI, a pipe) where a live bar cannot redraw."""

    def __init__(self, total: int) -> None:
        self._total = total

    def finished(self, outcome: Outcome, done: int) -> None:
        report = outcome.report
        result = f"{report.verdict} {report.passed}/{report.total_cases}" if report else "not judged"
        # A path is the user's text: never markup (a folder may be named "check_markup[/]"), escapes shown.
        path = inert(str(outcome.found.path), 500, one_line=True)
        err.print(f"[{done}/{self._total}] {path}: {result} ({outcome.seconds:.1f} s)", soft_wrap=True, highlight=False, markup=False)


@contextmanager
def check_progress(total: int, live: bool) -> Iterator[LiveProgress | LogProgress]:
    if not live:
        yield LogProgress(total)
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        yield LiveProgress(progress, total)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _short_names(outcomes: list[Outcome]) -> tuple[dict[Path, str], str]:
    """Each file's name relative to the folder they share, and that folder."""
    folders = {str(o.found.path.parent) for o in outcomes}
    common = os.path.commonpath(list(folders)) if folders else ""
    names = {o.found.path: os.path.relpath(o.found.path, common) if common else str(o.found.path) for o in outcomes}
    return names, common


def summary_table(outcomes: list[Outcome]) -> Table:
    names, common = _short_names(outcomes)
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    if common and common != ".":
        table.title, table.title_justify = Text(f"in {inert(common, 500, one_line=True)}/", style="muted"), "left"
    for column, justify in (("solution", "left"), ("verdict", "left"), ("cases", "right"), ("CPU ms", "right"),
                            ("ref ms", "right"), ("mem MB", "right"), ("time s", "right")):  # fmt: skip
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for outcome in outcomes:
        report = outcome.report
        name = Text(inert(names[outcome.found.path], 500, one_line=True))
        if report is None:
            table.add_row(name, Text("--", style="bold red"), "", "", "", "", f"{outcome.seconds:.1f}")
            continue
        table.add_row(
            name,
            Text(str(report.verdict), style=report.verdict.style),
            f"{report.passed}/{report.total_cases}",
            _ms(report.cpu_ms() if report.tests else None),
            _ms(report.reference_cpu_ms()),
            f"{report.peak_memory_kb() / 1024:.1f}" if report.tests else "-",
            f"{outcome.seconds:.1f}",
        )
    return table


def failure_lines(outcomes: list[Outcome]) -> list[Text]:
    """Why each solution was not accepted, one line each, below the table."""
    return [
        Text.assemble(("✗ ", "bad"), (inert(str(o.found.path), 500, one_line=True), "bold"), ": ", inert(outcome_message(o), one_line=True))
        for o in outcomes
        if not o.accepted
    ]


def follow_up_lines(outcomes: list[Outcome]) -> list[Text]:
    """Each accepted solution's follow-ups that were not met or could not be measured, one line each."""
    lines = []
    for o in outcomes:
        if not o.accepted or o.report is None:
            continue
        for item in o.report.follow_ups:
            if item.met is True:
                continue
            mark, style = ("✗ ", "bad") if item.met is False else ("? ", "warn")
            where = inert(str(o.found.path), 500, one_line=True)
            lines.append(
                Text.assemble((mark, style), (where, "bold"), f": follow-up {item.label}: ", (item.status, style), f" — {item.detail}")
            )
    return lines


def summary_line(outcomes: list[Outcome], wall_seconds: float, jobs: int) -> Text:
    accepted = sum(1 for o in outcomes if o.accepted)
    judged = sum(1 for o in outcomes if o.report is not None)
    line = Text()
    line.append(f"{accepted} accepted", style="ok" if accepted else "")
    if judged - accepted:
        line.append(f", {judged - accepted} not accepted", style="bad")
    if len(outcomes) - judged:
        line.append(f", {len(outcomes) - judged} not judged", style="bad")
    busy = sum(o.seconds for o in outcomes)
    line.append(
        f"  {len(outcomes)} solutions in {wall_seconds:.1f} s with {jobs} worker{'s' if jobs != 1 else ''}"
        f" (their own times add up to {busy:.1f} s)",
        style="muted",
    )
    return line
