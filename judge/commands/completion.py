"""`judge completion`: the shell code that completes commands, options and problem slugs."""

from __future__ import annotations

import os

import click

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS), required=False)
def completion_command(shell: str | None) -> None:
    """Print the shell code that completes judge's commands and slugs.

    SHELL is bash, zsh or fish (default: the one $SHELL names). Load it from
    your shell's start-up file:

    \b
      bash  ~/.bashrc:                   eval "$(judge completion bash)"
      zsh   ~/.zshrc:                    eval "$(judge completion zsh)"
      fish  ~/.config/fish/config.fish:  judge completion fish | source

    Then `judge sh<TAB>` completes the command, `judge show med<TAB>` the slug
    (median-of-two-sorted-arrays), and options complete after `--`.

    Reads the problem folder's names when you press TAB; writes nothing.
    """
    from click.shell_completion import get_completion_class

    from judge.cli import cli

    chosen = shell or os.path.basename(os.environ.get("SHELL", "")) or "bash"
    if chosen not in SHELLS:
        chosen = "bash"
    completion = get_completion_class(chosen)
    assert completion is not None
    click.echo(completion(cli, {}, "judge", "_JUDGE_COMPLETE").source())
