"""`judge doctor`: is the sandbox ready, and which backend will run solutions."""

from __future__ import annotations

from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from judge.console import out
from judge.sandbox.engine import EngineUnavailable, connect, engine_address, find_image, image_size_mb, image_tag
from judge.sandbox.image import available_tool
from judge.sandbox.recipe import PACKAGES, recorded_build
from judge.sandbox.select import choose_sandbox


@click.command("doctor")
def doctor_command() -> None:
    """Check the Docker engine, the sandbox image and the backend `submit` will use.

    Reads the Docker engine's state (DOCKER_HOST); writes nothing, except
    that it removes containers a dead judge left behind.

    Exit status 0 when solutions will run in the docker sandbox, 1 when they
    would fall back to the local (not isolated) backend.
    """
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    address = engine_address()
    ready = False
    try:
        client = connect()
    except EngineUnavailable as error:
        table.add_row("engine", f"[bad]not reachable[/] at {escape(address)} ({escape(error.cause)})")
        table.add_row("", "[muted]as root: apt-get install -y docker.io && dockerd &   (or: make sandbox)[/]")
        client = None
    if client is not None:
        info: dict[str, Any] = client.info()
        table.add_row("engine", f"[ok]reachable[/] at {escape(address)} (Docker {escape(str(info.get('ServerVersion')))})")
        table.add_row("cgroups", f"v{info.get('CgroupVersion', '?')}, driver {info.get('CgroupDriver', '?')}")
        table.add_row("limits", _limits(info))
        security = ", ".join(option.split(",")[0].removeprefix("name=") for option in info.get("SecurityOptions") or []) or "none"
        table.add_row("security", escape(security))
        image = _image(client)
        table.add_row("image", image or f"[bad]{image_tag()} not built[/]: run [bold]judge image build[/]")
        ready = image is not None
    tool = available_tool()
    table.add_row("image builder", tool or "[warn]neither mmdebstrap nor debootstrap[/]: apt-get install -y mmdebstrap")
    choice = choose_sandbox(None)
    style = "ok" if choice.sandbox.isolated else "warn"
    table.add_row("submit uses", f"[{style}]{choice.sandbox.name}[/] [muted]({escape(choice.reason)})[/]")
    out.print(table)
    if not ready:
        raise click.exceptions.Exit(1)


def _limits(info: dict[str, Any]) -> str:
    supported = {
        "memory": info.get("MemoryLimit"),
        "swap": info.get("SwapLimit"),
        "pids": info.get("PidsLimit"),
        "cpu quota": info.get("CpuCfsQuota"),
    }
    return ", ".join(f"{name} [ok]yes[/]" if ok else f"{name} [bad]no[/]" for name, ok in supported.items())


def _image(client: Any) -> str | None:
    image = find_image(client)
    if image is None:
        return None
    created = str(image.attrs.get("Created", ""))[:19].replace("T", " ")
    build = recorded_build(image_tag())
    took = f" in {build['seconds']:.0f} s" if build and isinstance(build.get("seconds"), (int, float)) else ""
    return f"[ok]{image_tag()}[/] ({image_size_mb(image):.0f} MB, built {created} UTC{took}; {', '.join(PACKAGES)})"
