"""The `judge` command line."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click
from rich.markup import escape

from judge import __version__
from judge.commands.check import check_command
from judge.commands.doctor import doctor_command
from judge.commands.hint import hint_command, solution_command
from judge.commands.image import image_group
from judge.commands.listing import list_command
from judge.commands.new import new_command
from judge.commands.next import next_command
from judge.commands.practice import practice_command
from judge.commands.run import run_command
from judge.commands.show import show_command
from judge.commands.stats import stats_command
from judge.commands.submit import submit_command
from judge.commands.validate import validate_command
from judge.console import err
from judge.entry import _terminate
from judge.errors import JudgeError, SandboxError
from judge.text import inert


class _Failure(click.ClickException):
    """A one-line error with our exit status; click prints it without a traceback."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.exit_code = status  # type: ignore[misc]  # click reads it per instance

    def show(self, file: object = None) -> None:
        err.print(f"[bad]error:[/] {escape(inert(self.message))}", soft_wrap=True)


class JudgeGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (JudgeError, SandboxError) as error:
            if os.environ.get("JUDGE_DEBUG"):
                raise
            raise _Failure(str(error), error.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except Exception as error:  # the last line of defence: a bug of ours
            if os.environ.get("JUDGE_DEBUG"):
                raise
            message = (
                f"internal error: {type(error).__name__}: {error}\nThis is a bug in interview-judge; JUDGE_DEBUG=1 shows the traceback."
            )
            raise _Failure(message, 3) from None


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


for command in (
    list_command,
    next_command,
    show_command,
    new_command,
    run_command,
    submit_command,
    hint_command,
    solution_command,
    check_command,
    practice_command,
    stats_command,
    validate_command,
    image_group,
    doctor_command,
):
    cli.add_command(command)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = cli.main(prog_name="judge", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        err.print("[bad]interrupted[/]")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
