"""Live progress for long judging work, on stderr so --json output stays clean."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from judge.console import err


@contextmanager
def case_progress(description: str, total: int, enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """Yields ``advance(label)``; call it once per finished case."""
    if not enabled:
        yield lambda _label: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(description, total=total)

        def advance(label: str) -> None:
            progress.update(task, advance=1, description=f"{description} [dim]{label}[/]")

        yield advance
