"""`judge stats`: progress from the history, in tables and a GitHub-style activity grid."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import click
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from judge import jsonout
from judge.commands.common import catalog
from judge.console import out
from judge.history.location import history_path
from judge.history.stats import ACTIVITY_WEEKS, Day, Stats, compute_stats
from judge.history.store import read_attempts
from judge.verdicts import Verdict

# No attempts, then four levels of attempts a day: GitHub's greens, and glyphs
# that shade by themselves so the grid still reads without colour (pipes, NO_COLOR).
_SHADES = (("·", "grey42"), ("░", "#0e4429"), ("▒", "#006d32"), ("▓", "#26a641"), ("█", "#39d353"))
_LEVEL_FLOORS = (1, 2, 3, 5)  # attempts a day for levels 1..4
# The least help a problem's solves needed.
_HELP = {"none": "none", "hints": "[warn]hints[/]", "reference": "[bad]reference[/]"}


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with every figure instead of tables.")
def stats_command(as_json: bool) -> None:
    """Show your progress from the history: solved, solve times, streaks.

    The figures come from every recorded submission and practice session:

    \b
    - solved / attempted / total problems, by difficulty and by tag, and how
      many were solved with every checked follow-up met (`judge show` marks them)
    - accepted attempts without hints, with hints, and after the reference
      (`judge hint`, `judge solution --spoil`), and interview-mode attempts
    - per problem: attempts, last verdict, best and median solve time
      (solve times come from accepted `judge practice` sessions), and the
      least help a solve needed
    - the current and longest streak of days with an accepted attempt
    - attempts per day over the last 12 weeks

    The history is the file given by --history or JUDGE_HISTORY (see `judge --help`).
    Reads the history and the problem packages; writes nothing.
    """
    path = history_path()
    problems, _ = catalog().load_all()
    stats = compute_stats(read_attempts(path), problems, today=datetime.now().astimezone().date())
    if as_json:
        click.echo(jsonout.dumps({"history": str(path), **stats.to_json()}, indent=2))
        return
    if stats.empty:
        out.print(
            f"No attempts in the history yet ({escape(str(path))}).\n"
            "Time yourself on a problem with `judge practice SLUG`, or judge a solution with `judge submit SLUG`; "
            "`judge list` shows the problems.",
            soft_wrap=True,
        )
        return
    out.print(_summary(stats))
    out.print(_tallies(stats))
    out.print(_problems(stats))
    out.print(activity_grid(stats.activity))
    out.print(activity_legend(stats.activity))


def _summary(stats: Stats) -> str:
    streak = f"streak {_days(stats.current_streak)} (longest {_days(stats.longest_streak)})"
    solves = stats.solves
    helped = (
        f"{solves.total} accepted: {solves.without_hints} without hints, {solves.with_hints} with hints, "
        f"{solves.with_reference} after the reference"
    )
    if solves.interview_attempts:
        helped += f"; {solves.interview_attempts} in interview mode ({solves.interview} accepted)"
    return (
        f"[bold]Solved {stats.solved} of {stats.total} problems[/] ({stats.solved_follow_ups} with every follow-up met), "
        f"attempted {stats.attempted} · "
        f"{stats.attempts} attempt{'s' * (stats.attempts != 1)} · {streak}\n{helped}"
    )


def _tallies(stats: Stats) -> Table:
    table = Table(title="solved / attempted / total", title_justify="left")
    for column in ("", "solved", "attempted", "total"):
        table.add_column(column, justify="left" if not column else "right")
    for tally in stats.by_difficulty:
        table.add_row(tally.name, str(tally.solved), str(tally.attempted), str(tally.total))
    table.add_section()
    for tally in stats.by_tag:
        table.add_row(f"[muted]#[/]{escape(tally.name)}", str(tally.solved), str(tally.attempted), str(tally.total))
    return table


def _problems(stats: Stats) -> Table:
    table = Table(title="per problem (solve times from accepted practice sessions)", title_justify="left")
    table.add_column("slug", no_wrap=True)
    table.add_column("difficulty")
    for column in ("attempts", "last verdict", "best", "median"):
        table.add_column(column, justify="right")
    table.add_column("help")
    table.add_column("last attempt")
    for figures in stats.problems:
        verdict = figures.last_verdict or "-"
        style = Verdict(verdict).style if verdict in Verdict.__members__ else "muted"
        table.add_row(
            f"[slug]{escape(figures.slug)}[/]",
            figures.difficulty or "[muted](not in the catalogue)[/]",
            str(figures.attempts),
            f"[{style}]{escape(verdict)}[/]",
            duration(figures.best_seconds),
            duration(figures.median_seconds),
            _HELP.get(figures.help or "", "-"),
            figures.last_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
    return table


def activity_grid(days: list[Day]) -> Text:
    """Weeks as columns, Monday to Sunday as rows, one shaded cell per day (days after the last are blank)."""
    if not days:
        return Text()
    first = days[0].day - timedelta(days=days[0].day.weekday())
    weeks = (days[-1].day - first).days // 7 + 1
    by_date = {d.day: d for d in days}
    grid = Text("    ")
    grid.append(_month_labels(first, weeks))
    for weekday in range(7):
        grid.append("\n")
        grid.append(f"{('Mon', '', 'Wed', '', 'Fri', '', 'Sun')[weekday]:<4}", style="muted")
        for week in range(weeks):
            entry = by_date.get(first + timedelta(weeks=week, days=weekday))
            if entry is None:
                grid.append("  ")
            else:
                glyph, colour = _SHADES[shade_level(entry.attempts)]
                grid.append(glyph, style=colour)
                grid.append(" ")
    return grid


def activity_legend(days: list[Day]) -> Text:
    active = [d for d in days if d.attempts]
    legend = Text("less ", style="muted")
    for glyph, colour in _SHADES:
        legend.append(glyph, style=colour)
        legend.append(" ")
    legend.append("more", style="muted")
    total = sum(d.attempts for d in active)
    legend.append(f"   attempts a day: {total} in the last {ACTIVITY_WEEKS} weeks, on {_days(len(active))}")
    return legend


def shade_level(attempts: int) -> int:
    return sum(1 for floor in _LEVEL_FLOORS if attempts >= floor)


def _month_labels(first: date, weeks: int) -> str:
    """A month's name above the first week that holds its 1st, and above the first
    week (its Sunday's month), unless it would run into the previous name."""
    line = ""
    for week in range(weeks):
        start = first + timedelta(weeks=week)
        if week == 0 or any((start + timedelta(days=n)).day == 1 for n in range(7)):
            label = (start + timedelta(days=6)).strftime("%b")
            if len(line) <= 2 * week:
                line = line.ljust(2 * week) + label
    return line


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m {whole % 60:02d}s"
    return f"{whole // 3600}h {whole % 3600 // 60:02d}m"


def _days(count: int) -> str:
    return f"{count} day{'s' * (count != 1)}"
