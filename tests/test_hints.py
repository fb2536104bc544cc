"""Hints, the reference after solving, interview mode, and what the history and the
scheduler make of them (issue 15)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from fsrs import Rating

from judge.catalog import Catalog, load_problem
from judge.cli import cli
from judge.errors import SpecError
from judge.history.migrations import MIGRATIONS, schema_version
from judge.history.records import Attempt, Reveal, aids_since_solve
from judge.history.schedule import due_slugs, plan, review_events
from judge.history.stats import compute_stats
from judge.history.store import History, read_attempts, read_reveals
from judge.spec import load_spec
from judge.statement import marker_problems, split
from judge.validation import ProblemValidation, check_texts

from .conftest import PROBLEMS

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"
# Right on the three examples, wrong on the larger hidden cases.
_SEEN = "        seen: dict[int, int] = {}"
HIDDEN_WRONG = CORRECT.replace(_SEEN, "        if len(nums) > 10:\n            return [0, 1]\n" + _SEEN)
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def attempt(slug: str, verdict: str, at: datetime, **fields: object) -> Attempt:
    return Attempt(slug=slug, kind="submit", verdict=verdict, started_at=at - timedelta(seconds=5), finished_at=at, **fields)  # type: ignore[arg-type]


def copy(slug: str, tmp_path: Path) -> Path:
    target = tmp_path / "problems" / slug
    shutil.copytree(PROBLEMS / slug, target)
    return target


def texts(root: Path) -> ProblemValidation:
    report = ProblemValidation(root.name)
    check_texts(load_problem(root), report)
    return report


def failures(report: ProblemValidation) -> dict[str, str]:
    return {f.what: f.detail for f in report.findings if not f.ok}


# The data: every problem has 2-4 hints, Chinese ones where it has a Chinese statement, an editorial.


def test_every_problem_has_hints_an_editorial_and_marked_statements(catalog: Catalog) -> None:
    for slug in catalog.slugs():
        problem = catalog.get(slug)
        assert failures(texts(problem.root)) == {}, slug
        assert 2 <= len(problem.spec.hints) <= 4
        if "zh" in problem.translations():
            assert all(hint.zh for hint in problem.spec.hints), slug
    with_zh = [slug for slug in catalog.slugs() if "zh" in catalog.get(slug).translations()]
    assert with_zh == list(catalog.slugs())  # every problem has a Chinese statement, so Chinese hints


def test_every_ml_statement_keeps_its_judging_and_hidden_cases_for_the_end(catalog: Catalog) -> None:
    for slug in catalog.slugs():
        problem = catalog.get(slug)
        if "ml" not in problem.spec.tags:
            continue
        parts = split(problem.statement)
        assert parts.spoilers.startswith("**Judging") and "Hidden cases" in parts.spoilers, slug
        shown = parts.shown(interview=True)
        assert "**Judging" not in shown and "Hidden cases" not in shown and "<!--" not in shown
        assert "**Judging" in parts.shown() and "<!--" not in parts.shown()


def test_more_than_four_hints_is_a_spec_error(tmp_path: Path) -> None:
    root = copy("two-sum", tmp_path)
    data = yaml.safe_load((root / "problem.yaml").read_text())
    data["hints"] = [{"en": f"hint {n}"} for n in range(5)]
    (root / "problem.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(SpecError, match="hints: List should have at most 4 items"):
        load_spec(root / "problem.yaml")


@pytest.mark.parametrize(
    ("change", "what", "needle"),
    [
        (lambda data: data.pop("hints"), "hints", "has 0 hint(s); give 2 to 4"),
        (lambda data: data.update(hints=data["hints"][:1]), "hints", "has 1 hint(s)"),
        (lambda data: data["hints"][1].pop("zh"), "hints", "hints[2] has no zh: (the problem has statement.zh.md)"),
    ],
)
def test_validate_wants_hints_in_every_statement_language(tmp_path: Path, change: object, what: str, needle: str) -> None:
    root = copy("two-sum", tmp_path)
    data = yaml.safe_load((root / "problem.yaml").read_text())
    change(data)  # type: ignore[operator]
    (root / "problem.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert needle in failures(texts(root))[what]


def test_validate_wants_an_editorial(tmp_path: Path) -> None:
    root = copy("two-sum", tmp_path)
    (root / "editorial.md").unlink()
    assert "write " in failures(texts(root))["editorial.md exists"]


def test_validate_checks_the_statement_markers(tmp_path: Path) -> None:
    root = copy("stable-softmax", tmp_path)
    statement = (root / "statement.md").read_text()
    (root / "statement.md").write_text(statement.replace("<!-- judge: spoilers -->", "<!-- judge: spoiler -->"))
    detail = failures(texts(root))["statement parts are marked"]
    assert "unknown marker '<!-- judge: spoiler -->'" in detail
    assert "'**Judging' (line" in detail and "put it below a '<!-- judge: spoilers -->' line" in detail
    assert "<!-- judge: details -->" in detail  # the convention, in the message
    (root / "statement.md").write_text(statement)
    (root / "statement.zh.md").write_text("# 稳定的 Softmax\n\n题面。\n")  # a translation without the marker
    detail = failures(texts(root))["statement parts are marked"]
    assert "statement.zh.md: has the markers none, its English statement has ['spoilers']" in detail
    (root / "statement.zh.md").write_text("# 稳定的 Softmax\n\n题面。\n\n<!-- judge: spoilers -->\n\n**评判方式。** ...\n")
    assert "statement parts are marked" not in failures(texts(root))
    # ... and with a Chinese statement, its hints need Chinese too.
    data = yaml.safe_load((root / "problem.yaml").read_text())
    data["hints"] = [{"en": hint["en"]} for hint in data["hints"]]
    (root / "problem.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert "hints[1] has no zh:" in failures(texts(root))["hints"]


def test_markers_cut_a_statement_into_three_parts() -> None:
    text = "Q1\n\n<!-- judge: details -->\nD1\n  <!--judge:SPOILERS-->  \nS1\n"
    assert split(text).question == "Q1" and split(text).details == "D1" and split(text).spoilers == "S1"
    assert split(text).shown(interview=True) == "Q1\n\nD1"
    assert split("just a question").shown(interview=True) == "just a question"
    assert marker_problems("Q\n<!-- judge: spoilers -->\nS\n<!-- judge: details -->\nD") == [
        "'<!-- judge: details -->' must come before '<!-- judge: spoilers -->'"
    ]
    assert "appears 2 times" in marker_problems("<!-- judge: spoilers -->\n<!-- judge: spoilers -->")[0]
    # Not a marker unless alone on its line: prose that quotes one is left alone.
    assert split("see `<!-- judge: spoilers -->` here").spoilers == ""


def test_judge_validate_fails_on_a_problem_without_hints(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy("two-sum", tmp_path)
    data = yaml.safe_load((root / "problem.yaml").read_text())
    del data["hints"]
    (root / "problem.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(root.parent))
    result = runner.invoke(cli, ["--no-history", "validate", "two-sum", "--sandbox", "local"])
    assert result.exit_code == 1, result.output
    assert "✗ hints problem.yaml has 0 hint(s)" in result.output and "1 invalid" in result.output


# The history: schema v2 on a database made by v1.


def test_a_version_1_database_is_migrated_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History.open(path, migrations=MIGRATIONS[:1]).close()  # the schema the current release creates
    db = sqlite3.connect(path)
    assert schema_version(db) == 1
    db.execute(
        "INSERT INTO attempts (slug, kind, verdict, started_at, finished_at, solve_seconds, passed, total, cases, minutes, outcome) "
        "VALUES ('two-sum', 'practice', 'AC', ?, ?, 300.0, 14, 14, '[]', 20, 'accepted')",
        ((NOW - DAY).isoformat(), NOW.isoformat()),
    )
    db.commit()
    db.close()
    with History.open(path) as history:
        assert schema_version(history._db) == len(MIGRATIONS) == 3
        [old] = history.attempts()
        assert (old.verdict, old.solve_seconds, old.hints, old.spoiled, old.interview) == ("AC", 300.0, 0, False, False)
        assert old.follow_ups == []  # v3: measured follow-ups; older rows measured none
        assert history.reveals() == []
        history.reveal("two-sum", "hint", NOW + DAY, 1)
        history.record(attempt("two-sum", "AC", NOW + 2 * DAY, hints=1, spoiled=True, interview=True))
    [_, new] = read_attempts(path)
    assert (new.hints, new.spoiled, new.interview) == (1, True, True)
    [hint] = read_reveals(path)
    assert (hint.slug, hint.kind, hint.number, hint.at) == ("two-sum", "hint", 1, NOW + DAY)


def test_the_aids_count_from_the_last_solve() -> None:
    attempts = [attempt("a", "AC", NOW)]
    reveals = [
        Reveal("a", "hint", NOW - DAY, 1),
        Reveal("a", "spoil", NOW - DAY),
        Reveal("a", "hint", NOW + timedelta(minutes=1), 1),
        Reveal("a", "hint", NOW + timedelta(minutes=2), 2),
    ]
    aids = aids_since_solve(attempts, reveals)
    assert (aids.hints, aids.spoiled) == (2, False)  # what came before the solve is spent
    assert aids_since_solve([attempt("a", "WA", NOW)], reveals).spoiled is True
    checked = Attempt("a", "check", "AC", NOW + DAY, NOW + DAY)  # a check judges a draft: no solve
    assert aids_since_solve([*attempts, checked], reveals).hints == 2


# The scheduler and the stats.


def test_a_solve_after_hints_is_hard_and_after_the_reference_again() -> None:
    clean = review_events([attempt("a", "AC", NOW)], "easy")
    helped = review_events([attempt("a", "AC", NOW, hints=2)], "easy")
    spoiled = review_events([attempt("a", "AC", NOW, spoiled=True)], "easy")
    assert [r.rating for r in clean + helped + spoiled] == [Rating.Good, Rating.Hard, Rating.Again]
    # A spoil in the same sitting as the solve: Again too, one review.
    [sitting] = review_events([attempt("a", "AC", NOW)], "easy", [Reveal("a", "spoil", NOW - timedelta(minutes=10))])
    assert sitting.rating is Rating.Again and sitting.spoiled
    # A spoil on its own is a failed review: due within a day or two, where a clean solve waits longer.
    [alone] = review_events([], "easy", [Reveal("a", "spoil", NOW)])
    assert alone.rating is Rating.Again and alone.verdict == ""
    [item] = plan([], [("a", "easy", ["x"])], NOW + timedelta(hours=1), [Reveal("a", "spoil", NOW)])
    assert item.state == "learning" and item.due_at is not None and item.due_at - NOW <= 2 * DAY
    assert "never solved, the reference seen 1 hour ago" in item.reason
    [solved] = plan([attempt("a", "AC", NOW)], [("a", "easy", ["x"])], NOW + timedelta(hours=1))
    assert solved.due_at is not None and item.due_at < solved.due_at
    assert due_slugs([], NOW + 3 * DAY, reveals=[Reveal("a", "spoil", NOW)]) == {"a"}
    [hinted] = plan([attempt("a", "AC", NOW, hints=2)], [("a", "easy", ["x"])], NOW + timedelta(hours=1))
    assert "with 2 hints" in hinted.reason and hinted.last_solve_hints == 2
    [read] = plan([attempt("a", "AC", NOW, spoiled=True)], [("a", "easy", ["x"])], NOW + timedelta(hours=1))
    assert "after seeing the reference" in read.reason


def test_stats_count_solves_with_and_without_hints(catalog: Catalog) -> None:
    attempts = [
        attempt("two-sum", "AC", NOW),
        attempt("two-sum", "AC", NOW + DAY, hints=1),
        attempt("linked-list-cycle", "WA", NOW, interview=True),
        attempt("linked-list-cycle", "AC", NOW + DAY, hints=3),
        attempt("design-skiplist", "AC", NOW, spoiled=True, interview=True),
    ]
    problems, _ = catalog.load_all()
    stats = compute_stats(attempts, problems, today=(NOW + DAY).date())
    assert stats.solves.to_json() == {
        "total": 4,
        "without_hints": 1,
        "with_hints": 2,
        "with_reference": 1,
        "interview": 1,
        "interview_attempts": 2,
    }
    helps = {figures.slug: figures.help for figures in stats.problems}
    assert helps == {"two-sum": "none", "linked-list-cycle": "hints", "design-skiplist": "reference"}


def test_the_stats_command_says_it(runner: CliRunner) -> None:
    with History.open() as history:
        history.record(attempt("two-sum", "AC", NOW))
        history.record(attempt("two-sum", "AC", NOW + DAY, hints=2))
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 0, result.output
    assert "2 accepted: 1 without hints, 1 with hints, 0 after the reference" in result.output
    data = json.loads(runner.invoke(cli, ["stats", "--json"]).output)
    assert data["solves"]["with_hints"] == 1 and data["problems"][0]["help"] == "none"


# judge hint and judge solution.


def test_hints_come_one_at_a_time_and_are_recorded(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["hint", "two-sum"])
    assert first.exit_code == 0, first.output
    assert "Hint 1 of 3" in first.output and "what exactly are you looking for" in first.output
    assert "Hint 2" not in first.output and "2 more: `judge hint two-sum`" in first.output
    second = runner.invoke(cli, ["hint", "two-sum"])
    assert "Hint 2 of 3" in second.output and "Hint 1 " not in second.output
    seen = runner.invoke(cli, ["hint", "two-sum", "--all"])
    assert "Hint 1 of 3" in seen.output and "Hint 2 of 3" in seen.output and "Hint 3" not in seen.output  # never more than asked for
    assert [(r.kind, r.number) for r in read_reveals()] == [("hint", 1), ("hint", 2)]  # --all records nothing
    third = runner.invoke(cli, ["hint", "two-sum", "--lang", "zh"])
    assert "Hint 3 of 3" in third.output and "哈希表" in third.output and "that was the last one" in third.output
    done = runner.invoke(cli, ["hint", "two-sum"])
    assert done.exit_code == 0 and "You have seen all 3 hints" in done.output
    assert len(read_reveals()) == 3


def test_a_solve_records_the_hints_it_had_and_starts_the_count_again(runner: CliRunner, solutions: Path) -> None:
    runner.invoke(cli, ["hint", "two-sum"])
    runner.invoke(cli, ["hint", "two-sum"])
    (solutions / "two-sum.py").write_text(CORRECT)
    result = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"])
    assert result.exit_code == 0, result.output
    [solve] = read_attempts()
    assert (solve.hints, solve.spoiled, solve.interview) == (2, False, False)
    again = runner.invoke(cli, ["hint", "two-sum"])
    assert "Hint 1 of 3" in again.output  # a new review: from the first hint


def test_hints_in_a_language_a_problem_lacks_fall_back_to_english(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every problem has Chinese hints today: an English-only copy stands for one that has not.
    root = copy("stable-softmax", tmp_path)
    (root / "statement.zh.md").unlink()
    data = yaml.safe_load((root / "problem.yaml").read_text())
    data["hints"] = [{"en": hint["en"]} for hint in data["hints"]]
    (root / "problem.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(root.parent))
    result = runner.invoke(cli, ["hint", "stable-softmax", "--lang", "zh"])
    assert result.exit_code == 0
    assert "has no hints in 'zh'; showing the English ones" in result.output and "Hint 1 of 3" in result.output


def test_no_history_shows_the_hint_and_says_it_was_not_recorded(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--no-history", "hint", "two-sum"])
    assert "Hint 1 of 3" in result.output and "not recorded" in result.output
    assert read_reveals() == []


def test_the_reference_before_a_solve_asks_for_spoil(runner: CliRunner) -> None:
    refused = runner.invoke(cli, ["solution", "two-sum"])
    assert refused.exit_code == 2
    assert "no accepted submission of two-sum yet" in refused.output and "judge solution two-sum --spoil" in refused.output
    assert "seen" not in refused.output and read_reveals() == []
    spoiled = runner.invoke(cli, ["solution", "two-sum", "--spoil"])
    assert spoiled.exit_code == 0, spoiled.output
    assert "Two Sum: editorial" in spoiled.output and "Complexity" in spoiled.output and "same_element_twice.py" in spoiled.output
    assert "def twoSum" in spoiled.output and "Recorded as a spoil" in spoiled.output
    [spoil] = read_reveals()
    assert (spoil.slug, spoil.kind) == ("two-sum", "spoil")
    # and the scheduler has it: a failed review
    [item] = plan([], [("two-sum", "easy", ["array"])], datetime.now(UTC), read_reveals())
    assert item.state == "learning" and item.reviews == 1


def test_the_reference_after_a_solve_is_yours(runner: CliRunner) -> None:
    with History.open() as history:
        history.record(attempt("two-sum", "AC", NOW))
    result = runner.invoke(cli, ["solution", "two-sum"])
    assert result.exit_code == 0, result.output
    assert "Two Sum: editorial" in result.output and "def twoSum" in result.output and "spoil" not in result.output
    assert read_reveals() == []


# Interview mode on `judge submit`.


def test_submit_in_interview_mode_names_the_failing_example_and_no_mistake(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(WRONG)
    result = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local", "--interview"])
    assert result.exit_code == 1
    assert "example-1 fails" in result.output and "Returned: [0,0]" in result.output and "Expected: [0,1]" in result.output
    assert "first failing case" not in result.output and "generated" not in result.output and "manual" not in result.output
    assert "The full report, after the interview: judge submit two-sum" in result.output
    [recorded] = read_attempts()
    assert recorded.interview and recorded.verdict == "WA"


def test_submit_in_interview_mode_keeps_a_hidden_case_hidden(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(HIDDEN_WRONG)
    told = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local", "--interview"])
    full = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"])
    assert told.exit_code == full.exit_code == 1
    assert "Wrong Answer on a case of ours that is not among the examples" in told.output
    assert "examples 3/3" in told.output
    failing = next(line for line in full.output.splitlines() if "first failing case:" in line)
    case_id = failing.split("first failing case: ")[1].split()[0]
    assert case_id not in told.output and "Input:" not in told.output


def test_submit_in_interview_mode_asks_the_follow_up_once_it_passes(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    result = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local", "--interview"])
    assert result.exit_code == 0, result.output
    assert "The interviewer asks:" in result.output and "less than O(n^2) time" in result.output
    assert runner.invoke(cli, ["submit", "two-sum", "--interview", "--json"]).exit_code == 2


def test_show_in_interview_mode_holds_back_the_spoilers(runner: CliRunner) -> None:
    full = runner.invoke(cli, ["show", "stable-softmax"]).output
    told = runner.invoke(cli, ["show", "stable-softmax", "--interview"]).output
    assert "Judging." in full and "Hidden cases include" in full and "Follow-up" in full
    assert "Judging." not in told and "Hidden cases" not in told and "Follow-up" not in told
    assert "numerically stable" in told and "<!--" not in full + told
