"""`judge validate`: the problem author's gate, in the spirit of Kattis' verifyproblem."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from judge.cases import Case, example_cases, fresh_generated_cases, hidden_cases
from judge.catalog import Problem
from judge.checkers import Answer, checker_for
from judge.errors import SpecError
from judge.grading import grade
from judge.loader import load_function
from judge.reference import reference_results
from judge.sandbox.base import Sandbox
from judge.statement import CONVENTION, marker_problems
from judge.values import decode
from judge.verdicts import Verdict

_EXPECT = re.compile(r"^#\s*expect:\s*([A-Z]+)\s*$", re.MULTILINE)
_SAYS = re.compile(r"^#\s*says:\s*(.+?)\s*$", re.MULTILINE)


@dataclass
class Finding:
    ok: bool
    what: str
    detail: str = ""


@dataclass
class ProblemValidation:
    slug: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def add(self, ok: bool, what: str, detail: str = "") -> None:
        self.findings.append(Finding(ok, what, detail))


def expected_verdict(path: Path) -> Verdict | None:
    """A kept wrong solution states the verdict it must get: ``# expect: WA``."""
    match = _EXPECT.search(path.read_text(encoding="utf-8"))
    if match is None or match.group(1) not in Verdict.__members__:
        return None
    return Verdict(match.group(1))


def expected_phrases(path: Path) -> list[str]:
    """What the rejection message must contain, so it points at the mistake: ``# says: TEXT`` lines."""
    return _SAYS.findall(path.read_text(encoding="utf-8"))


def validate_problem(problem: Problem, sandbox: Sandbox, progress: Callable[[str], None] | None = None) -> ProblemValidation:
    report = ProblemValidation(problem.slug)
    step = progress or (lambda _text: None)
    try:
        _validate(problem, sandbox, report, step)
    except SpecError as error:
        report.add(False, "problem package", str(error))
    return report


MIN_HINTS, MAX_HINTS = 2, 4


def check_texts(problem: Problem, report: ProblemValidation) -> None:
    """What a learner reads besides the statement: hints, the statement's parts, the editorial."""
    hints = problem.spec.hints
    languages = list(problem.translations())
    if not MIN_HINTS <= len(hints) <= MAX_HINTS:
        report.add(
            False,
            "hints",
            f"problem.yaml has {len(hints)} hint(s); give {MIN_HINTS} to {MAX_HINTS}, from a nudge to nearly the idea, "
            "as 'hints: [{en: ..., zh: ...}]' (zh where the problem has statement.zh.md)",
        )
    else:
        untranslated = [
            f"hints[{number}] has no {language}: (the problem has statement.{language}.md)"
            for language in languages
            for number, hint in enumerate(hints, 1)
            if hint.text(language) is None
        ]
        report.add(not untranslated, "hints", "; ".join(untranslated) or f"{len(hints)} hints in {', '.join(['en', *languages])}")
    english = problem.statement
    problems = [f"statement.md: {text}" for text in marker_problems(english)]
    for path in problem.translations().values():
        problems += [f"{path.name}: {text}" for text in marker_problems(path.read_text(encoding="utf-8"), english)]
    report.add(not problems, "statement parts are marked", "; ".join(problems) + (f" ({CONVENTION})" if problems else ""))
    editorial = problem.editorial()
    report.add(
        bool(editorial and editorial.strip()),
        "editorial.md exists",
        ""
        if editorial and editorial.strip()
        else f"write {problem.editorial_path}: the idea, the time and space complexity, the classic mistakes",
    )


def _validate(problem: Problem, sandbox: Sandbox, report: ProblemValidation, step: Callable[[str], None]) -> None:
    check_texts(problem, report)
    step("generating cases")
    hidden = hidden_cases(problem)
    report.add(bool(hidden), "hidden cases exist", f"{len(hidden)} hidden cases")
    again = fresh_generated_cases(problem)  # the first may come from the cache
    first = [c for c in hidden if c.origin == "generated"]
    same = [json.dumps(c.args, sort_keys=True) for c in first] == [json.dumps(c.args, sort_keys=True) for c in again]
    report.add(same, "generation is deterministic", "" if same else "two runs of generate() with the same seed differ")

    step("checking constraints")
    validate = load_function(problem.validator_path, "validator", "validate")
    examples = example_cases(problem)
    broken = [_violation(validate, case) for case in examples + hidden]
    broken = [text for text in broken if text]
    report.add(not broken, "every case respects the constraints", "; ".join(broken[:5]))

    step("running the reference")
    cases = examples + hidden
    reference = reference_results(problem, cases, sandbox, use_cache=False)
    report.add(True, "the reference runs every case", f"{sum(r.cpu_ms for r in reference.values()):.0f} ms CPU in all")
    check = checker_for(problem)
    mismatched = []
    for case in examples:
        # Decoded as grading decodes them, so an expected inf or nan compares as a float.
        got = decode(reference[case.id].value)
        if not check(Answer(case.args, decode(case.expected), got, {})).ok:
            mismatched.append(f"{case.id}: problem.yaml says {case.expected!r}, the reference returns {got!r}")
    report.add(not mismatched, "the reference agrees with the examples", "; ".join(mismatched))
    accepted = grade(problem, problem.reference_source, cases, sandbox, reference=reference, follow_ups=True)
    report.add(accepted.accepted, "the reference is accepted by the checker", accepted.message)
    for item in accepted.follow_ups:
        # Inconclusive passes with its reason: a busy machine must not fail a sound package.
        report.add(item.met is not False, f"the reference meets follow-up {item.id}", f"{item.status}: {item.detail}")

    for path in problem.wrong_solutions():
        step(f"judging wrong/{path.name}")
        want = expected_verdict(path)
        result = grade(problem, path.read_text(encoding="utf-8"), cases, sandbox, reference=reference, fail_fast=True)
        name = f"wrong/{path.name} is rejected"
        if want is None:
            report.add(False, name, "state the verdict it must get in a '# expect: WA' line")
        elif result.verdict is not want:
            report.add(False, name, f"expected {want}, got {result.verdict}: {result.message}")
        elif missing := [phrase for phrase in expected_phrases(path) if phrase not in result.message]:
            quoted = ", ".join(repr(phrase) for phrase in missing)
            report.add(False, name, f"{result.verdict} as expected, but the message does not say {quoted}: {result.message}")
        else:
            report.add(True, name, f"{result.verdict}: {result.message}")
    if not problem.wrong_solutions():
        report.add(False, "wrong solutions are kept", f"add at least one to {problem.wrong_dir}")


def _violation(validate: Callable[[dict], object], case: Case) -> str:
    try:
        validate(case.args)
    except AssertionError as error:
        return f"{case.id}: {error or 'assertion failed'}"
    except Exception as error:
        return f"{case.id}: {type(error).__name__}: {error}"
    return ""
