"""Interview mode: a judged submission told as an interviewer would tell it.

An interviewer says which of the examples on the board fails and what your code returned
for it; they do not name your mistake, and they do not show you their hidden tests. So in
interview mode a report keeps: the verdict, how many cases passed, and for a failing
*visible* example its input, the expected answer and what the code returned (for a crash
or a limit, the message, which describes the program). The checker's message naming the
mistake and everything about a hidden case wait for the end of the session, when the
full report is shown.

Solution output (returned values, messages) goes into rich ``Text``, never markup.
"""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from judge.grading import CaseReport, SubmissionReport
from judge.values import show, show_args
from judge.verdicts import Verdict

_VALUE_CHARS = 300


def first_visible_failure(report: SubmissionReport) -> CaseReport | None:
    return next((t for t in report.tests if t.visible and t.verdict is not Verdict.AC), None)


def interview_message(report: SubmissionReport) -> str:
    """One line: what an interviewer would say about this submission."""
    if report.accepted:
        return "all cases pass"
    if not report.tests:  # did not load (CE, or a limit at import): that is about the program
        return report.message
    visible = first_visible_failure(report)
    if visible is not None:
        if visible.verdict is Verdict.WA:
            return f"{visible.id} fails: it returned {show(visible.got, 60)}"
        return f"{visible.id}: {visible.verdict.label}"
    return f"{report.verdict.label} on a case of ours that is not among the examples"


def interview_panel(report: SubmissionReport) -> Panel | None:
    """The failing visible example in full (not the checker's message), else a line; None when accepted."""
    if report.accepted:
        return None
    visible = first_visible_failure(report)
    if visible is None or not report.tests:
        body = Text(interview_message(report))
        return Panel(body, title=f"{report.verdict} {report.verdict.label}", title_align="left", border_style="red")
    parts = [Text.assemble((f"{visible.verdict} {visible.verdict.label}", visible.verdict.style))]
    if visible.verdict is not Verdict.WA and visible.message:
        parts.append(Text(visible.message))
    parts.append(Text.assemble(("Input: ", "bold"), show_args(visible.args, _VALUE_CHARS)))
    if visible.verdict is Verdict.WA:
        parts.append(Text.assemble(("Expected: ", "bold"), show(visible.expected, _VALUE_CHARS)))
        parts.append(Text.assemble(("Returned: ", "bold"), show(visible.got, _VALUE_CHARS)))
    return Panel(Group(*parts), title=f"{visible.id} fails", title_align="left", border_style="red")


def interview_summary(report: SubmissionReport) -> Text:
    """The verdict and the counts, examples apart from the rest."""
    examples = [t for t in report.tests if t.visible]
    others = [t for t in report.tests if not t.visible]
    line = Text.assemble((report.verdict.label, report.verdict.style))
    if examples:
        line.append(f"  examples {sum(t.verdict is Verdict.AC for t in examples)}/{len(examples)}")
    if others or report.total_cases > len(examples):
        passed = sum(t.verdict is Verdict.AC for t in others)
        line.append(f"  our cases {passed}/{report.total_cases - len(examples)}")
    return line
