"""`judge image build`: the sandbox image, built offline from Debian's packages."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.status import Status

from judge.console import err, out
from judge.sandbox.image import DEFAULT_MIRROR, DEFAULT_SUITE, build_image


@click.group("image")
def image_group() -> None:
    """The Docker image solutions run in.

    `judge image build` reads Debian's mirror and writes the image into the
    Docker engine; nothing else.
    """


@image_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the image is already there.")
@click.option("--suite", default=DEFAULT_SUITE, show_default=True, help="Debian release to build from.")
@click.option(
    "--mirror", envvar="JUDGE_DEBIAN_MIRROR", default=DEFAULT_MIRROR, show_default=True, help="Debian mirror (env JUDGE_DEBIAN_MIRROR)."
)
def build_command(force: bool, suite: str, mirror: str) -> None:
    """Build the sandbox image interview-judge-python:VERSION-RECIPE.

    The image is a minimal Debian with python3, numpy and g++ (with a
    precompiled <bits/stdc++.h>), assembled by mmdebstrap (or debootstrap) from the Debian mirror and
    streamed into `docker import`; no container registry is needed. The tag
    ends in a digest of the package list and build recipe, so an image of
    another recipe is never replaced. It takes about a minute (judge doctor
    shows the last build's time and size). When the image is already there
    this does nothing (use --force to rebuild).

    Reads the Debian mirror (--mirror); writes the image into the Docker
    engine and temporary files it removes.
    """
    with err.status("building the sandbox image") as status:

        def report(line: str, size: int, status: Status = status) -> None:
            shown = line if len(line) < 90 else line[:87] + "..."
            status.update(f"building the sandbox image [muted]{size / 1e6:6.1f} MB imported · {escape(shown)}[/]")

        result = build_image(force=force, suite=suite, mirror=mirror, report=report)
    if result.built:
        out.print(f"[ok]built[/] {result.tag} with {result.tool} in {result.seconds:.0f} s ({result.size_mb:.0f} MB)")
    else:
        out.print(f"[ok]already present:[/] {result.tag} ({result.size_mb:.0f} MB); --force rebuilds it")
