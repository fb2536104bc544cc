"""`judge new`: start a solution file for a problem."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
from rich.markup import escape

from judge.commands.common import problem_named
from judge.console import out
from judge.errors import JudgeError
from judge.languages import CPP, PYTHON, language_named, language_of
from judge.languages import cpp as cpp_language
from judge.languages import java as java_language
from judge.names import PROBLEM
from judge.solutions import solution_path
from judge.template import render


@click.command("new")
@click.argument("slug", type=PROBLEM)
@click.option("-o", "--output", "file", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of solutions/SLUG.py.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.option(
    "--lang",
    "lang",
    type=click.Choice(["python", "cpp", "java"]),
    default=None,
    help="The language to start in (default: FILE's extension, else python): LeetCode's starter code for it.",
)
def new_command(slug: str, file: Path | None, force: bool, lang: str | None) -> None:
    """Write solutions/SLUG.py with the signature, statement and examples.

    With --lang cpp, solutions/SLUG.cpp with LeetCode's C++ starter code
    (ListNode predefined by the judge, <bits/stdc++.h> and `using namespace
    std;` provided); with --lang java, solutions/SLUG.java with LeetCode's
    Java starter code (ListNode predefined, java.util.* imported). An
    existing file is never overwritten without --force. Reads the problem's
    package; writes solutions/SLUG.py (or .cpp, .java; JUDGE_SOLUTIONS_DIR),
    or FILE with -o, and nothing else.
    """
    problem = problem_named(slug)
    language = language_named(lang) if lang else language_of(file) if file is not None else PYTHON
    path = solution_path(slug, file, language.suffix)
    if path.exists() and not force:
        raise JudgeError(f"{path} already exists; use --force to overwrite it (your code would be lost)")
    if language is PYTHON:
        text = render(problem)
    elif language is CPP:
        why = cpp_language.unsupported(problem.spec)
        if why:
            raise JudgeError(f"{slug} is Python-only ({why}); start it with --lang python")
        text = cpp_language.starter(problem.spec, problem.statement)
    else:
        why = java_language.unsupported(problem.spec)
        if why:
            also = " or --lang cpp" if cpp_language.unsupported(problem.spec) is None else ""
            raise JudgeError(f"{slug} cannot be solved in Java here ({why}); start it with --lang python{also}")
        text = java_language.starter(problem.spec, problem.statement)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise JudgeError(f"cannot write {path}: {error.strerror}") from None
    # The next command names the file when it is not the one `judge run SLUG` reads by default.
    target = f" {shlex.quote(str(path))}" if path != solution_path(slug, None) else ""
    command = escape(f"judge run {slug}{target}")
    out.print(f"Wrote [bold]{escape(str(path))}[/]. Next: [bold]{command}[/] to try the examples.", soft_wrap=True)
