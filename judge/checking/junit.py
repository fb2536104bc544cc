"""JUnit XML of a `judge check` run, in the shape GitHub, GitLab and Jenkins render.

One <testsuite> per solution file (named after its problem), one <testcase>
per case. A wrong answer or a limit is a <failure>; a crash, a load failure or
a file that could not be judged is an <error>. Inputs and outputs appear for
the visible examples only. Each measured follow-up is a <testcase> of its own
after the cases: not met, it is a <failure> under --strict (the run fails
too) and otherwise a passing testcase whose <system-out> says so, as the run
passes (a red test in a green run would tell CI two things); <skipped> when
not measured.
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

from judge.atomicfile import write_text_atomic
from judge.checking.parallel import Outcome
from judge.checking.public import case_message
from judge.display import answer_text, args_text
from judge.grading import CaseReport
from judge.spec import ClassEntry, FunctionEntry
from judge.text import inert
from judge.verdicts import Verdict

_ERRORS = (Verdict.RE, Verdict.CE)
_TEXT_CHARS = 4000
# XML 1.0 cannot carry these at all, escaped or not; a solution may print them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str, limit: int = _TEXT_CHARS) -> str:
    # Inert (cut, control characters as visible escapes: CI pages and terminals render
    # these reports), then whatever XML still cannot hold.
    return _NOT_XML.sub("\ufffd", inert(value, limit))


def _seconds(ms: float | None) -> str:
    return f"{(ms or 0.0) / 1000:.3f}"


def _case_body(case: CaseReport, entry: FunctionEntry | ClassEntry | None = None) -> str:
    parts = []
    if case.visible:
        # As the statement writes values: never the harness's escapes ({"$node": ...}, null).
        parts.append(f"Input: {args_text(entry, case.args, 1000)}")
        if case.verdict is Verdict.WA:
            expected, got = answer_text(entry, case.expected, case.args, 1000), answer_text(entry, case.got, case.args, 1000)
            parts += [f"Expected: {expected}", f"Got: {got}"]
    if case.traceback:
        parts.append(case.traceback)
    if case.visible:
        parts += [f"{label}:\n{text}" for label, text in (("stdout", case.stdout), ("stderr", case.stderr)) if text]
    return "\n".join(parts)


def _testcase(suite: ET.Element, slug: str, file: str, name: str, seconds: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=slug, name=name, time=seconds, file=file)


def _fail(testcase: ET.Element, verdict: Verdict | None, message: str, body: str) -> None:
    tag = "failure" if verdict is not None and verdict not in _ERRORS else "error"
    element = ET.SubElement(testcase, tag, message=_text(message, 1000), type=str(verdict) if verdict else "not-judged")
    if body:
        element.text = _text(body)


def _suite(outcome: Outcome, strict: bool) -> ET.Element:
    file = _text(str(outcome.found.path), 1000)
    slug = _text(outcome.found.slug, 200)
    stamp = outcome.started_at.isoformat(timespec="seconds") if outcome.started_at else ""
    suite = ET.Element("testsuite", name=slug, file=file, timestamp=stamp, hostname=socket.gethostname())
    report = outcome.report
    if report is not None:
        properties = ET.SubElement(suite, "properties")
        passed = f"{report.passed}/{report.total_cases}"
        for name, value in (("verdict", str(report.verdict)), ("sandbox", report.sandbox), ("passed", passed)):
            ET.SubElement(properties, "property", name=name, value=value)
    if report is None:
        _fail(_testcase(suite, slug, file, "judge the solution file", f"{outcome.seconds:.3f}"), None, outcome.error or "not judged", "")
    elif not report.tests:
        # It never loaded, so no case ran: one testcase carries the reason.
        testcase = _testcase(suite, slug, file, "load the solution", "0.000")
        _fail(testcase, report.verdict, f"{report.verdict} {report.verdict.label}: {report.message}", report.details)
    else:
        for case in report.tests:
            name = case.id + (f" ({case.name})" if case.name else "")
            testcase = _testcase(suite, slug, file, name, _seconds(case.wall_ms if case.wall_ms is not None else case.cpu_ms))
            if case.verdict is not Verdict.AC:
                entry = outcome.found.problem.spec.entry if outcome.found.problem is not None else None
                _fail(testcase, case.verdict, case_message(case, slug), _case_body(case, entry))
        for case_id in report.not_run_ids:
            testcase = _testcase(suite, slug, file, case_id, "0.000")
            ET.SubElement(testcase, "skipped", message=_text(f"not run: judging stopped at {report.stopped_early}", 1000))
        for item in report.follow_ups:
            testcase = _testcase(suite, slug, file, _text(f"follow-up {item.id}: {item.label}", 500), "0.000")
            if item.met is False and strict:
                ET.SubElement(testcase, "failure", message=_text(f"not met: {item.detail}", 1000), type="follow-up")
            elif item.met is False:
                ET.SubElement(testcase, "system-out").text = _text(f"not met (fails the run only with --strict): {item.detail}", 1000)
            elif item.met is None:
                ET.SubElement(testcase, "skipped", message=_text(f"not measured (inconclusive): {item.detail}", 1000))
    cases = suite.findall("testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    total_time = sum(float(c.get("time", "0")) for c in cases)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    suite.set("time", f"{total_time:.3f}")
    return suite


def junit_xml(outcomes: list[Outcome], strict: bool = False) -> str:
    root = ET.Element("testsuites", name="judge check")
    for outcome in outcomes:
        root.append(_suite(outcome, strict))
    for attribute in ("tests", "failures", "errors", "skipped"):
        root.set(attribute, str(sum(int(suite.get(attribute, "0")) for suite in root)))
    root.set("time", f"{sum(float(suite.get('time', '0')) for suite in root):.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(path: Path, outcomes: list[Outcome], strict: bool = False) -> None:
    write_text_atomic(path, junit_xml(outcomes, strict))
