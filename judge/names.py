"""A problem named on the command line: by slug, unique prefix or word, title or LeetCode number."""

from __future__ import annotations

from typing import Any

import click
from click.shell_completion import CompletionItem


def _catalog() -> Any:
    from judge.catalog import Catalog

    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return Catalog()
    root = ctx.find_root()
    if not isinstance(root.obj, Catalog):
        root.obj = Catalog()
    return root.obj


class ProblemName(click.ParamType):
    """Converts what a person typed into the problem's slug; completes slugs."""

    name = "SLUG"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        # ProblemNotFound (a JudgeError) is reported like every other error of ours: one line, status 2.
        return str(_catalog().find(str(value)))

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        try:
            slugs = _catalog().slugs()
        except OSError:
            return []
        return [CompletionItem(slug) for slug in slugs if slug.startswith(incomplete)]


PROBLEM = ProblemName()


def _lowered(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(value.strip().lower() for value in values)


def tag_option(what: str = "Only problems") -> Any:
    """--tag, repeatable, case-insensitive; a problem must have every tag given."""
    return click.option(
        "--tag",
        "tags",
        multiple=True,
        metavar="TAG",
        callback=_lowered,
        help=f"{what} with this tag, any case. Repeat it for problems with ALL the tags given (--tag linked-list --tag two-pointers).",
    )


def difficulty_option(what: str = "Only problems") -> Any:
    return click.option(
        "--difficulty",
        type=click.Choice(["easy", "medium", "hard"], case_sensitive=False),
        help=f"{what} of this difficulty, any case.",
    )


def no_match_message(tags: tuple[str, ...], difficulty: str | None, known_tags: set[str]) -> str:
    """`no problem matches --tag X`, and which of the tags exist at all."""
    given = " ".join([*(f"--tag {tag}" for tag in tags), *([f"--difficulty {difficulty}"] if difficulty else [])])
    unknown = [tag for tag in tags if tag not in known_tags]
    why = f" (no problem has the tag {', '.join(unknown)})" if unknown else ""
    return f"no problem matches {given}{why}; `judge tags` lists the tags"
