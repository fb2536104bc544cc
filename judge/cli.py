"""The `judge` command line.

Commands are imported only when they run: `judge --help` and `judge list`
must not pay for numpy, pydantic or the Docker client. A command is one line
in COMMANDS: its name, where it lives, and the one-line help `judge --help`
shows (tests/test_cli_speed.py keeps that line equal to the command's own).
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from judge import __version__
from judge.early_sandbox import STARTS_A_SANDBOX, begun_by_entry, start_for_command
from judge.errors import JudgeError, SandboxError

# name: ("module:attribute", one-line help or None to read it from the command itself)
COMMANDS: dict[str, tuple[str, str | None]] = {
    "list": ("judge.commands.listing:list_command", "List the problems: slug, title, difficulty, tags, languages and your status."),
    "tags": ("judge.commands.listing:tags_command", "List the tags with how many problems have each."),
    "next": ("judge.commands.next:next_command", "Say which problem to practise now, and why."),
    "show": ("judge.commands.show:show_command", "Show the statement, examples, constraints and limits of a problem."),
    "new": ("judge.commands.new:new_command", "Write solutions/SLUG.py with the signature, statement and examples."),
    "run": ("judge.commands.run:run_command", "Run FILE (default solutions/SLUG.py) on the visible examples of SLUG."),
    "submit": ("judge.commands.submit:submit_command", "Judge FILE (default solutions/SLUG.py) on the hidden cases of SLUG."),
    "hint": ("judge.commands.hint:hint_command", "Show the next hint for SLUG, one at a time."),
    "solution": ("judge.commands.hint:solution_command", "Show the reference solution of SLUG and its editorial."),
    "check": ("judge.commands.check:check_command", "Judge every solution in DIR (default solutions/) on its hidden cases."),
    "practice": ("judge.commands.practice:practice_command", "Practise SLUG against an interview clock."),
    "stats": ("judge.commands.stats:stats_command", "Show your progress from the history: solved, solve times, streaks."),
    "validate": ("judge.commands.validate:validate_command", "Check problem packages (all of them when no SLUG is given)."),
    "image": ("judge.commands.image:image_group", "The Docker image solutions run in."),
    "doctor": ("judge.commands.doctor:doctor_command", "Check the Docker engine, the sandbox image and the backend `submit` will use."),
    "completion": ("judge.commands.completion:completion_command", "Print the shell code that completes judge's commands and slugs."),
}


def load_command(name: str) -> click.Command:
    module, _, attribute = COMMANDS[name][0].partition(":")
    command = getattr(importlib.import_module(module), attribute)
    assert isinstance(command, click.Command)
    return command


class _Failure(click.ClickException):
    """A one-line error with our exit status; click prints it without a traceback."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.exit_code = status  # type: ignore[misc]  # click reads it per instance

    def show(self, file: object = None) -> None:
        from rich.markup import escape

        from judge.console import err
        from judge.text import inert

        err.print(f"[bad]error:[/] {escape(inert(self.message))}", soft_wrap=True)


class JudgeGroup(click.Group):
    """Commands from COMMANDS, imported on first use; errors of ours as one line."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] in STARTS_A_SANDBOX and not ctx.resilient_parsing and not begun_by_entry():
            # The command line came another way than judge.entry (click's test runner).
            warm = start_for_command(args[1:], STARTS_A_SANDBOX[args[0]])
            if warm is not None:
                ctx.call_on_close(warm.close)
        return super().resolve_command(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in COMMANDS:
            return None
        command = load_command(cmd_name)
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The listing from the registry's lines, so `judge --help` imports no command.
        rows = []
        limit = formatter.width - 6 - max(len(name) for name in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            known = COMMANDS.get(name, ("", None))[1]
            if known is None or name in self.commands:
                command = self.get_command(ctx, name)
                if command is None or command.hidden:
                    continue
                known = command.get_short_help_str(limit)
            rows.append((name, known))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (JudgeError, SandboxError) as error:
            if os.environ.get("JUDGE_DEBUG"):
                raise
            raise _Failure(str(error), error.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # `judge list | head`: the reader has what it wanted. Later writes go nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(141) from None
        except Exception as error:  # the last line of defence: a bug of ours
            stopped = _signal_inside(error)
            if stopped is not None:
                raise stopped from None
            if os.environ.get("JUDGE_DEBUG"):
                raise
            message = (
                f"internal error: {type(error).__name__}: {error}\nThis is a bug in interview-judge; JUDGE_DEBUG=1 shows the traceback."
            )
            raise _Failure(message, 3) from None


def _signal_inside(error: BaseException) -> BaseException | None:
    """Ctrl-C or SIGTERM that Python wrapped in another error: on 3.11 a class
    body being built (``__set_name__``, say while rich is imported) turns the
    KeyboardInterrupt into a RuntimeError. It is still the user's stop, not a bug."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (KeyboardInterrupt, SystemExit)):
            return current
        current = current.__cause__ or current.__context__
    return None


@click.group(cls=JudgeGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="judge")
@click.option(
    "--history",
    "history",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="PATH",
    help=(
        "The history file (SQLite) to record into and read from (env JUDGE_HISTORY). "
        "Default: history.sqlite3 in JUDGE_STATE_DIR, else in the user data folder."
    ),
)
@click.option(
    "--no-history",
    is_flag=True,
    default=False,
    help="Record nothing in the history, e.g. in CI (env JUDGE_NO_HISTORY=1). Commands still read it.",
)
def cli(history: Path | None, no_history: bool) -> None:
    """A local judge for coding-interview practice.

    Write a solution in solutions/SLUG.py, try it on the examples with
    `judge run SLUG`, then judge it on the hidden cases with `judge submit SLUG`.

    \b
    A first session:
      judge list                 what there is to solve
      judge show two-sum         read the statement and examples
      judge new two-sum          write solutions/two-sum.py to start from
      judge run two-sum          your solution on the examples
      judge submit two-sum       your solution on the hidden cases
      judge hint two-sum         a nudge when stuck, one hint at a time
      judge solution two-sum     the reference and its editorial, once solved

    Solutions run in a locked-down Docker container when an engine is
    available (`judge image build` once; `judge doctor` checks), otherwise in
    a local subprocess that is not isolated.

    Every submission and practice session goes into a history (`judge stats`
    shows your progress from it; `judge list` your status on each problem).
    """
    # Through the environment, so every part of the judge (and anything it starts) sees the same choice.
    if history is not None:
        os.environ["JUDGE_HISTORY"] = str(history.absolute())
    if no_history:
        os.environ["JUDGE_NO_HISTORY"] = "1"


def main() -> None:
    # SIGTERM is handled from the first instant by judge.entry, the only caller.
    try:
        code = cli.main(prog_name="judge", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        from judge.console import err

        err.print("[bad]interrupted[/]")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
