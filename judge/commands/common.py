"""What several commands share: the catalog, the problem by name, the sandbox option."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from judge.catalog import Catalog, Problem

if TYPE_CHECKING:  # the sandbox's modules load the Docker client and pydantic: only commands that run code pay for them
    from judge.sandbox import Sandbox
    from judge.sandbox.select import Choice
    from judge.spec import Limits

# The keys of judge.sandbox.BACKENDS (tests/test_cli_speed.py keeps them equal).
BACKEND_NAMES = ("docker", "local")

F = TypeVar("F", bound=Callable[..., Any])


def catalog() -> Catalog:
    ctx = click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Catalog):
        root.obj = Catalog()
    return root.obj


def problem_named(slug: str) -> Problem:
    return catalog().get(slug)


def sandbox_option(function: F) -> F:
    return click.option(
        "--sandbox",
        type=click.Choice(BACKEND_NAMES),
        envvar="JUDGE_SANDBOX",
        default=None,
        help=(
            "Where solutions run (env JUDGE_SANDBOX). Default: docker when its engine answers and "
            "`judge image build` has run, else local (not isolated). `judge doctor` says which and why."
        ),
    )(function)


def open_sandbox(name: str | None, quiet: bool = False, warm: Limits | None = None, keep_warm: bool = False) -> Sandbox:
    """The sandbox to run solutions in, warning when it is not isolated.

    With ``warm`` (a problem's limits), the choice and the first harness's start
    happen in a thread while the command goes on preparing its cases; the
    returned sandbox waits for them where it is first used. With ``keep_warm``
    too, a new harness starts each time one is taken, until the command ends.
    """
    from judge.console import warn

    if warm is not None:
        from judge.sandbox.warm import WarmingSandbox, adopt_early

        def report(choice: Choice) -> None:
            if choice.warning and not quiet:
                warn(choice.warning)

        early = None if keep_warm else adopt_early(name)
        if early is not None:  # begun by the command line itself, before this command's imports
            early.report_choice(report)
            return early
        warming = WarmingSandbox(name, warm, report, keep_warm=keep_warm)
        ctx = click.get_current_context(silent=True)
        if ctx is not None:
            ctx.call_on_close(warming.close)  # a harness started for nothing is stopped
        else:
            warming.close()  # no command to outlive: just choose
        return warming
    from judge.sandbox import choose_sandbox

    choice = choose_sandbox(name)
    if choice.warning and not quiet:
        warn(choice.warning)
    return choice.sandbox
