"""The rich consoles every command prints through."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.theme import Theme

from judge.text import inert

THEME = Theme({"ok": "bold green", "bad": "bold red", "warn": "yellow", "muted": "dim", "slug": "cyan"})

out = Console(theme=THEME, highlight=False)
err = Console(theme=THEME, stderr=True, highlight=False)


def warn(message: str) -> None:
    err.print(f"[warn]warning:[/] {escape(inert(message))}", soft_wrap=True)
