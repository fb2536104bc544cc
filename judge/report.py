"""Showing a judged submission to a person: per-case table, first failure, summary."""

from __future__ import annotations

import difflib
import json
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from judge.checkers import describe_node
from judge.console import out
from judge.grading import CaseReport, SubmissionReport
from judge.values import show, show_args
from judge.verdicts import Verdict

_DIFF_LINES = 24
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
            test.id,
            Text(test.name, style="dim"),
            Text(str(test.verdict), style=test.verdict.style),
            _ms(test.cpu_ms),
            _ms(test.reference_cpu_ms),
            _mb(test.memory_kb),
        )
    return table


def _value_text(case: CaseReport, value: Any) -> str:
    if isinstance(value, dict) and ("$node" in value or "$foreign_node" in value):
        return describe_node(case.args, value)
    return show(value, 600)


def _diff(expected: Any, got: Any) -> str | None:
    if not (isinstance(expected, list) and isinstance(got, list)) or max(len(expected), len(got)) < 4:
        return None
    left = [json.dumps(item) for item in expected]
    right = [json.dumps(item) for item in got]
    lines = list(difflib.unified_diff(left, right, "expected", "got", lineterm="", n=1))
    if not lines:
        return None
    cut = len(lines) > _DIFF_LINES
    return "\n".join(lines[:_DIFF_LINES] + ([f"... ({len(lines) - _DIFF_LINES} more diff lines)"] if cut else []))


def failure_panel(case: CaseReport) -> Panel:
    parts: list[Any] = [Text.assemble((f"{case.verdict} {case.verdict.label}", case.verdict.style), "  ", case.message)]
    parts.append(Text.assemble(("Input: ", "bold"), show_args(case.args, 400)))
    if case.verdict is Verdict.WA:
        parts.append(Text.assemble(("Expected: ", "bold"), _value_text(case, case.expected)))
        parts.append(Text.assemble(("Got: ", "bold"), _value_text(case, case.got)))
        diff = _diff(case.expected, case.got)
        if diff:
            parts.append(Text(diff, style="dim"))
    if case.traceback:
        # fold: a long path in File "...", line N is cut into lines, never elided.
        parts.append(Text(case.traceback[-_OUTPUT_CHARS:], style="red", overflow="fold"))
    for label, text in (("Your stdout", case.stdout), ("Your stderr", case.stderr)):
        if text:
            clipped = text if len(text) <= _OUTPUT_CHARS else text[:_OUTPUT_CHARS] + "\n... (cut)"
            parts.append(Text.assemble((f"{label}:\n", "bold"), clipped))
    title = f"first failing case: {case.id}" + (f" ({case.name})" if case.name else "")
    return Panel(Group(*parts), title=title, title_align="left", border_style="red")


def summary_line(report: SubmissionReport) -> Text:
    line = Text.assemble((f"{report.verdict.label}", report.verdict.style), f"  {report.passed}/{report.total_cases} cases passed")
    if report.tests:
        cpu = report.cpu_ms()
        reference = report.reference_cpu_ms()
        line.append(f"  CPU {cpu:.0f} ms")
        if reference:
            line.append(f" (reference {reference:.0f} ms, {cpu / reference:.1f}x)")
        line.append(f"  peak memory {_mb(report.peak_memory_kb())} MB")
    return line


def print_report(report: SubmissionReport, *, show_table: bool = True) -> None:
    if report.verdict in (Verdict.CE,) or not report.tests:
        body = Text(report.message or "the solution could not be loaded", overflow="fold")
        if report.details:
            body.append("\n\n" + report.details[-_OUTPUT_CHARS:], style="dim")
        # The line in the title too: in the body, a long path can push it onto another line.
        where = f" (line {report.line})" if report.line else ""
        out.print(Panel(body, title=f"{report.verdict} {report.verdict.label}{where}", title_align="left", border_style="red"))
        out.print(summary_line(report))
        return
    if show_table:
        out.print(case_table(report))
    failure = report.first_failure
    if failure is not None:
        out.print(failure_panel(failure))
    out.print(summary_line(report))
