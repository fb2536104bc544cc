"""Showing a judged submission to a person: per-case table, first failure, summary."""

from __future__ import annotations

import difflib
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from judge.console import out
from judge.display import answer_text, args_text
from judge.grading import CaseReport, SubmissionReport
from judge.spec import ClassEntry, FunctionEntry
from judge.text import inert, inert_tail
from judge.values import show
from judge.verdicts import Verdict

Entry = FunctionEntry | ClassEntry | None

_DIFF_LINES = 24
_DIFF_ITEMS = 2000
_DIFF_ITEM_CHARS = 200
_OUTPUT_CHARS = 2000


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _mb(kb: int | None) -> str:
    return "-" if not kb else f"{kb / 1024:.1f}"


def case_table(report: SubmissionReport) -> Table:
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    for column, justify in (
        ("case", "left"),
        ("", "left"),
        ("verdict", "left"),
        ("CPU ms", "right"),
        ("ref ms", "right"),
        ("mem MB", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for test in report.tests:
        table.add_row(
            Text(inert(test.id, 80, one_line=True)),
            Text(inert(test.name, 80, one_line=True), style="dim"),
            Text(str(test.verdict), style=test.verdict.style),
            _ms(test.cpu_ms),
            _ms(test.reference_cpu_ms),
            _mb(test.memory_kb),
        )
    return table


def _value_text(case: CaseReport, value: Any, entry: Entry = None) -> str:
    return answer_text(entry, value, case.args)


def _diff(expected: Any, got: Any) -> str | None:
    if not (isinstance(expected, list) and isinstance(got, list)) or max(len(expected), len(got)) < 4:
        return None
    # Each item shown cut, and only the first items: a diff is for reading, and the answer may be huge.
    left = [show(item, _DIFF_ITEM_CHARS) for item in expected[:_DIFF_ITEMS]]
    right = [show(item, _DIFF_ITEM_CHARS) for item in got[:_DIFF_ITEMS]]
    lines = list(difflib.unified_diff(left, right, "expected", "got", lineterm="", n=1))
    if not lines:
        return None
    more = len(lines) > _DIFF_LINES
    return inert("\n".join(lines[:_DIFF_LINES] + ([f"... ({len(lines) - _DIFF_LINES} more diff lines)"] if more else [])), 20_000)


def failure_panel(case: CaseReport, entry: Entry = None) -> Panel:
    # Everything below may come from the solution: inert (escapes visible, cut) and never markup.
    parts: list[Any] = [Text.assemble((f"{case.verdict} {case.verdict.label}", case.verdict.style), "  ", inert(case.message))]
    parts.append(Text.assemble(("Input: ", "bold"), args_text(entry, case.args, 400)))
    if case.verdict is Verdict.WA:
        parts.append(Text.assemble(("Expected: ", "bold"), _value_text(case, case.expected, entry)))
        parts.append(Text.assemble(("Got: ", "bold"), _value_text(case, case.got, entry)))
        diff = _diff(case.expected, case.got)
        if diff:
            parts.append(Text(diff, style="dim"))
    if case.traceback:
        # fold: a long path in File "...", line N is cut into lines, never elided.
        parts.append(Text(inert_tail(case.traceback, _OUTPUT_CHARS), style="red", overflow="fold"))
    for label, text in (("Your stdout", case.stdout), ("Your stderr", case.stderr)):
        if text:
            parts.append(Text.assemble((f"{label}:\n", "bold"), inert(text, _OUTPUT_CHARS)))
    title = f"first failing case: {case.id}" + (f" ({case.name})" if case.name else "")
    return Panel(Group(*parts), title=Text(inert(title, 200, one_line=True)), title_align="left", border_style="red")


_STDOUT_CHARS = 2000  # per case in `judge run`: the first 2 KB of what it printed


def case_panel(case: CaseReport, entry: Entry = None) -> Panel:
    """One case as `judge run` shows it, passing or not, as LeetCode does: the
    input, your output, the expected output and your stdout."""
    # Everything below may come from the solution: inert (escapes visible, cut) and never markup.
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("Input", Text(args_text(entry, case.args)))
    answered = case.verdict is Verdict.AC or case.verdict is Verdict.WA
    output = _value_text(case, case.got, entry) if answered else f"none: {case.verdict.label.lower()}"
    grid.add_row("Output", Text(output, style="" if answered else "dim"))
    grid.add_row("Expected", Text(_value_text(case, case.expected, entry)))
    stdout = case.stdout.removesuffix("\n")
    grid.add_row("Stdout", Text(inert(stdout, _STDOUT_CHARS)) if case.stdout else Text("(nothing printed)", style="dim"))
    if case.stderr:
        grid.add_row("Stderr", Text(inert(case.stderr.removesuffix("\n"), _STDOUT_CHARS)))
    parts: list[Any] = []
    if case.verdict is not Verdict.AC:
        parts.append(Text.assemble((f"{case.verdict} {case.verdict.label}", case.verdict.style), "  ", inert(case.message)))
    parts.append(grid)
    if case.verdict is Verdict.WA:
        diff = _diff(case.expected, case.got)
        if diff:
            parts.append(Text(diff, style="dim"))
    if case.traceback:
        parts.append(Text(inert_tail(case.traceback, _OUTPUT_CHARS), style="red"))
    head = f"{case.id}" + (f" ({case.name})" if case.name else "")
    title = Text.assemble(
        inert(head, 200, one_line=True), "  ", (str(case.verdict), case.verdict.style), (f"  {_ms(case.cpu_ms)} ms", "dim")
    )
    border = "green" if case.verdict is Verdict.AC else "red"
    return Panel(Group(*parts), title=title, title_align="left", border_style=border)


def summary_line(report: SubmissionReport) -> Text:
    line = Text.assemble((f"{report.verdict.label}", report.verdict.style), f"  {report.passed}/{report.total_cases} cases passed")
    if report.tests:
        cpu = report.cpu_ms()
        reference = report.reference_cpu_ms()
        line.append(f"  CPU {cpu:.0f} ms")
        if reference:
            line.append(f" (reference {reference:.0f} ms, {cpu / reference:.1f}x)")
        line.append(f"  peak memory {_mb(report.peak_memory_kb())} MB")
    if report.not_run:
        cases = f"{report.not_run} case{'s' if report.not_run > 1 else ''}"
        line.append(f"\n{cases} not run: judging stopped at {report.stopped_early}", style="yellow")
        if report.stopped_early == "the first TLE":
            line.append(" (--all runs every case)", style="dim")
    return line


def follow_up_lines(report: SubmissionReport) -> list[Text]:
    """One line per measured follow-up, after the cases: met, not met, or not measured (inconclusive)."""
    lines = []
    for item in report.follow_ups:
        style = {True: "ok", False: "bad", None: "warn"}[item.met]
        lines.append(Text.assemble(("Follow-up ", "bold"), (item.label, "bold"), ": ", (item.status, style), f" — {item.detail}"))
    return lines


def print_report(report: SubmissionReport, *, show_table: bool = True, entry: Entry = None) -> None:
    if report.verdict in (Verdict.CE,) or not report.tests:
        body = Text(inert(report.message or "the solution could not be loaded"), overflow="fold")
        if report.details:
            body.append("\n\n" + inert_tail(report.details, _OUTPUT_CHARS), style="dim")
        # The line in the title too: in the body, a long path can push it onto another line.
        where = f" (line {report.line})" if report.line else ""
        out.print(Panel(body, title=f"{report.verdict} {report.verdict.label}{where}", title_align="left", border_style="red"))
        out.print(summary_line(report))
        return
    if show_table:
        out.print(case_table(report))
    failure = report.first_failure
    if failure is not None:
        out.print(failure_panel(failure, entry))
    out.print(summary_line(report))
    for line in follow_up_lines(report):
        out.print(line, soft_wrap=True)
