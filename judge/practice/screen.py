"""What a person sees during practice: the statement once, then a live panel.

The panel (title and difficulty, a big countdown, each example's last result,
the last submission's verdict, the keys) is redrawn four times a second by
rich's ``Live`` from its own thread, so the countdown keeps moving while cases
run on the session's thread. It renders the session's latest ``View``, which
is replaced, never changed, so the two threads need no lock.

When stdout is not a terminal there is nothing to redraw: the same events are
written as plain lines instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.markdown import Markdown
from rich.panel import Panel
from rich.text import Text

from judge.catalog import Problem
from judge.examples import example_panels
from judge.grading import CaseReport, SubmissionReport
from judge.interview import interview_message
from judge.practice.clock import Countdown, format_seconds
from judge.practice.session import HELP, Outcome, View
from judge.report import case_panel, failure_panel
from judge.statement import split
from judge.text import inert
from judge.verdicts import Verdict

_DIFFICULTY_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}
_ENDINGS = {
    Outcome.ACCEPTED: ("Accepted", "bold green"),
    Outcome.TIME_UP: ("Time is up", "bold red"),
    Outcome.QUIT: ("Quit", "bold yellow"),
    Outcome.INTERRUPTED: ("Interrupted", "bold yellow"),
}

# Seven-segment digits, three rows each: big enough to read from the corner of an eye.
_FONT = {
    "0": (" _ ", "| |", "|_|"),
    "1": ("   ", "  |", "  |"),
    "2": (" _ ", " _|", "|_ "),
    "3": (" _ ", " _|", " _|"),
    "4": ("   ", "|_|", "  |"),
    "5": (" _ ", "|_ ", " _|"),
    "6": (" _ ", "|_ ", "|_|"),
    "7": (" _ ", "  |", "  |"),
    "8": (" _ ", "|_|", "|_|"),
    "9": (" _ ", "|_|", " _|"),
    ":": ("   ", " o ", " o "),
}


def statement(problem: Problem, *, interview: bool = False) -> RenderableType:
    """The problem as `judge show` gives it, without what practice does not need
    (in interview mode, without the statement's spoilers either)."""
    spec = problem.spec
    parts: list[RenderableType] = [
        Text.assemble(
            (spec.title, "bold"), "  ", (spec.difficulty, _DIFFICULTY_STYLE.get(spec.difficulty, "")), "  ", (", ".join(spec.tags), "cyan")
        ),
        Markdown(split(problem.statement).shown(interview=interview)),
    ]
    parts.extend(example_panels(problem))
    if spec.constraints:
        parts.append(Text("Constraints: " + "; ".join(spec.constraints), style="dim"))
    return Group(*parts)


def big_time(text: str, style: str) -> Text:
    rows = ["".join(_FONT.get(char, ("   ", "   ", "   "))[row] for char in text) for row in range(3)]
    return Text("\n".join(rows), style=style)


def _clock_style(countdown: Countdown) -> str:
    share = countdown.remaining / countdown.seconds
    return "bold green" if share > 0.25 else "bold yellow" if share > 0.1 else "bold red"


def _short(line: str, width: int = 100) -> str:
    # Cut before anything else: the message may quote a huge answer; then make it inert.
    line = " ".join(line[: width * 4].split())
    return inert(line if len(line) <= width else line[: width - 3] + "...", width * 2, one_line=True)


def case_line(case: CaseReport) -> Text:
    """One example's result on one line: the verdict and, when it failed, the judge's
    own message (the named mistake: "subtract each row's maximum"), not raw values."""
    line = Text.assemble(f"  {inert(case.id, 40, one_line=True):<11} ", (f"{case.verdict}", case.verdict.style))
    if case.verdict is not Verdict.AC:
        line.append("  " + _short(case.message, 160), style="dim")
    line.no_wrap, line.overflow = True, "ellipsis"
    return line


def _examples_block(report: SubmissionReport | None, trigger: str = "") -> list[RenderableType]:
    if report is None:
        return [Text("Examples: not run yet; they run each time you save the file (r runs them now)", style="dim")]
    if not report.tests:  # did not load: CE, or a limit hit at import
        return [
            Text.assemble(
                ("Examples: ", "bold"), (f"{report.verdict} {report.verdict.label}", report.verdict.style), "  ", _short(report.message)
            )
        ]
    passed = report.passed
    total = len(report.tests)
    style = "bold green" if passed == total else "bold red"
    head = Text.assemble(("Examples: ", "bold"), (f"{passed}/{total} passed", style), (f"  ({trigger})" if trigger else "", "dim"))
    lines: list[RenderableType] = [head, *(case_line(case) for case in report.tests)]
    if passed < total:
        lines.append(Text("  f opens the first failing example in full", style="dim"))
    return lines


def submission_line(report: SubmissionReport | None, count: int, *, interview: bool = False) -> Text:
    if report is None:
        return Text("Submission: none yet (s judges your file on the hidden cases)", style="dim")
    line = Text.assemble(
        (f"Submission {count}: ", "bold"),
        (f"{report.verdict} {report.verdict.label}", report.verdict.style),
        f"  {report.passed}/{report.total_cases} cases passed",
    )
    message = interview_message(report) if interview else report.message
    if not report.accepted and message:
        line.append("  " + _short(message), style="dim")
    line.no_wrap, line.overflow = True, "ellipsis"
    return line


def aids_block(view: View, since: View | None = None) -> list[Text]:
    """The hints seen and, in interview mode once the cases pass, the interviewer's follow-ups
    (those already in ``since`` left out)."""
    lines: list[Text] = []
    for hint in view.hints[len(since.hints) if since else 0 :]:
        lines.append(Text(hint, style="cyan"))
    if view.follow_ups and not (since and since.follow_ups):
        lines.append(Text("The cases pass. The interviewer asks:", style="bold"))
        lines.extend(Text(f"  - {question}") for question in view.follow_ups)
        lines.append(Text("Change your solution and submit again (s), or q when you are done.", style="dim"))
    return lines


class PracticeScreen:
    """The live panel for one session."""

    def __init__(self, problem: Problem, countdown: Countdown, console: Console, keys_help: str = HELP) -> None:
        self.keys_help = keys_help
        self.problem = problem
        self.countdown = countdown
        self.console = console
        self.view = View()
        self._printed = View()
        self._opened_count = 0

    def update(self, view: View) -> None:
        self.view = view
        if not self.console.is_terminal:
            self._print_changes(view)
        if view.opened is not None and view.opened_count != self._opened_count:
            # Printed above the live panel, so it stays in the scrollback once the session ends.
            self._opened_count = view.opened_count
            self.console.print(self.opened_panel(view.opened))

    def opened_panel(self, case: CaseReport) -> RenderableType:
        entry = self.problem.spec.entry
        return case_panel(case, entry) if case.visible else failure_panel(case, entry)

    @contextmanager
    def live(self) -> Iterator[PracticeScreen]:
        if not self.console.is_terminal:
            self.console.print(f"Clock: {self.countdown.formatted()} left. {self.keys_help}", markup=False)
            yield self
            return
        with Live(
            get_renderable=self.render,
            console=self.console,
            refresh_per_second=4,
            redirect_stdout=False,
            redirect_stderr=False,
            vertical_overflow="crop",
        ):
            yield self

    def render(self) -> RenderableType:
        view = self.view  # one read: the session may replace it meanwhile
        spec = self.problem.spec
        parts: list[RenderableType] = [
            Text.assemble((spec.title, "bold"), "  ", (spec.difficulty, _DIFFICULTY_STYLE.get(spec.difficulty, "")), ("  practice", "dim"))
        ]
        if view.outcome is not None:
            label, style = _ENDINGS[view.outcome]
            parts.append(Text(label, style=style))
        remaining = self.countdown.formatted()
        parts.append(big_time(remaining, _clock_style(self.countdown)))
        parts.append(Text(f"{remaining} left of {format_seconds(self.countdown.seconds)}", style="dim"))
        parts.extend(_examples_block(view.examples, view.examples_trigger))
        parts.append(submission_line(view.submission, view.submissions, interview=view.interview))
        parts.extend(aids_block(view))
        if view.phase == "examples":
            parts.append(Text(f"running the examples... {view.progress}", style="cyan"))
        elif view.phase == "judging":
            parts.append(Text(f"judging the hidden cases... {view.progress}", style="cyan"))
        if view.notice:
            parts.append(Text(_short(view.notice, 200), style="yellow"))
        if view.outcome is None:
            parts.append(Text(view.help, style="dim"))
        return Panel(Group(*parts), border_style="dim")

    def _print_changes(self, view: View) -> None:
        """Plain lines for a pipe: what changed since the last line printed."""
        before, self._printed = self._printed, view
        lines: list[Any] = []
        if view.examples is not before.examples:
            lines.extend(_examples_block(view.examples, view.examples_trigger))
        if view.submission is not before.submission:
            lines.append(submission_line(view.submission, view.submissions, interview=view.interview))
        if view.hints != before.hints or view.follow_ups != before.follow_ups:
            lines.extend(aids_block(view, since=before))
        if view.notice != before.notice and view.notice:
            lines.append(Text(inert(view.notice)))
        if view.phase != before.phase and view.phase in ("examples", "judging"):
            lines.append(Text(f"{self.countdown.formatted()} left: " + ("running the examples" if view.phase == "examples" else "judging")))
        for line in lines:
            self.console.print(line)
