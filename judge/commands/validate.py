"""`judge validate`: check problem packages the way an author needs before publishing."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from judge.catalog import Catalog
from judge.commands.common import catalog, open_sandbox, sandbox_option
from judge.console import err, out
from judge.errors import SpecError
from judge.validation import ProblemValidation, validate_problem


@click.command("validate")
@click.argument("slugs", nargs=-1, metavar="[SLUG]...")
@sandbox_option
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only the failures.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Problems validated at once (default: the number of CPU cores)."
)
def validate_command(slugs: tuple[str, ...], sandbox: str | None, verbose: bool, jobs: int | None) -> None:
    """Check problem packages (all of them when no SLUG is given).

    Every spec parses, every case respects the stated constraints, generation
    is deterministic, the reference agrees with the examples and passes every
    case (and no checked follow-up is measured as not met on it), and each
    wrong solution kept in wrong/ gets the verdict its '# expect: VERDICT'
    line names. Problems are validated in parallel (-j),
    each in its own sandbox, and reported in the order given. Exit status 1
    when any check fails.

    Reads the problem packages (JUDGE_PROBLEMS_DIR); writes the reference
    outputs and generated cases to the cache folder (JUDGE_CACHE_DIR).
    """
    from concurrent.futures import ThreadPoolExecutor

    from judge.commands.check import default_jobs

    # click's context is this thread's alone: the workers get the catalogue itself. Each
    # problem.yaml is validated anew, never taken from the cache of validated specs.
    problems = Catalog(catalog().root, cached_specs=False)
    chosen = list(slugs) or problems.slugs()
    box = open_sandbox(sandbox)
    workers = max(1, min(jobs or default_jobs(), len(chosen)))
    done = 0

    def one(slug: str) -> ProblemValidation:
        try:
            problem = problems.get(slug)
        except SpecError as error:
            broken = ProblemValidation(slug)
            broken.add(False, "problem package", str(error))
            return broken
        return validate_problem(problem, box, lambda _text: None)

    results: list[ProblemValidation] = []
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="validate")
    try:
        with err.status(f"validating {len(chosen)} problem{'s' if len(chosen) != 1 else ''} with {workers} worker(s)") as status:
            for result in pool.map(one, chosen):  # in the order given, each as soon as it and those before it are done
                results.append(result)
                done += 1
                status.update(f"validated {done}/{len(chosen)} problems with {workers} worker(s)")
                _print(result, verbose)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # Ctrl-C: none starts, the running ones finish and clean up
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
