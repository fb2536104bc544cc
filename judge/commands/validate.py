"""`judge validate`: check problem packages the way an author needs before publishing."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.status import Status
from rich.table import Table

from judge.commands.common import catalog, open_sandbox, sandbox_option
from judge.console import err, out
from judge.errors import SpecError
from judge.validation import ProblemValidation, validate_problem


@click.command("validate")
@click.argument("slugs", nargs=-1, metavar="[SLUG]...")
@sandbox_option
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only the failures.")
def validate_command(slugs: tuple[str, ...], sandbox: str | None, verbose: bool) -> None:
    """Check problem packages (all of them when no SLUG is given).

    Every spec parses, every case respects the stated constraints, generation
    is deterministic, the reference agrees with the examples and passes every
    case, and each wrong solution kept in wrong/ gets the verdict its
    '# expect: VERDICT' line names. Exit status 1 when any check fails.
    """
    chosen = list(slugs) or catalog().slugs()
    box = open_sandbox(sandbox)
    results: list[ProblemValidation] = []
    for slug in chosen:
        try:
            problem = catalog().get(slug)
        except SpecError as error:
            broken = ProblemValidation(slug)
            broken.add(False, "problem package", str(error))
            results.append(broken)
            _print(broken, verbose)
            continue
        with err.status(f"[slug]{slug}[/]: starting") as status:

            def step(text: str, slug: str = slug, status: Status = status) -> None:
                status.update(f"[slug]{slug}[/]: {escape(text)}")

            result = validate_problem(problem, box, step)
        results.append(result)
        _print(result, verbose)
    failed = [r.slug for r in results if not r.ok]
    summary = Table.grid(padding=(0, 1))
    summary.add_row(f"[ok]{len(results) - len(failed)} valid[/]", f"[bad]{len(failed)} invalid[/]" if failed else "")
    out.print(summary)
    if failed:
        raise click.exceptions.Exit(1)


def _print(result: ProblemValidation, verbose: bool) -> None:
    mark = "[ok]ok[/]" if result.ok else "[bad]FAILED[/]"
    out.print(f"{mark} [slug]{result.slug}[/]")
    for finding in result.findings:
        if verbose or not finding.ok:
            sign = "[ok]✓[/]" if finding.ok else "[bad]✗[/]"
            detail = f" [muted]{escape(finding.detail)}[/]" if finding.detail and (verbose or not finding.ok) else ""
            out.print(f"  {sign} {escape(finding.what)}{detail}", soft_wrap=True)
