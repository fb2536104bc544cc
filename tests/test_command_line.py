"""The command line a person expects (issue 13, points 8 and 11-18): lazy commands,
plain `list` output in a pipe, tags, problems by name, the pager, strict JSON,
`new -o`, what each --help says, shell completion, `validate -j`, and the caches
and warm sandboxes that make run/submit fast."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from judge.cases import fresh_generated_cases, generated_cases
from judge.catalog import Catalog
from judge.cli import COMMANDS, cli, load_command
from judge.commands.common import BACKEND_NAMES
from judge.errors import ProblemNotFound
from judge.jsonout import dumps, strict
from judge.sandbox import BACKENDS
from judge.sandbox.local import LocalSandbox
from judge.sandbox.warm import WarmingSandbox

from .conftest import PROBLEMS, copy_problem

JUDGE = [sys.executable, "-m", "judge"]


def invoke(*args: str, **kwargs: object) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- 8: lazy commands


def test_each_registry_line_says_what_the_command_says() -> None:
    for name, (_, line) in COMMANDS.items():
        command = load_command(name)
        assert command.name == name
        assert line == command.get_short_help_str(1000), name
    assert sorted(BACKEND_NAMES) == sorted(BACKENDS)


def _modules_after(*args: str) -> set[str]:
    # At exit: the judge ends its process itself once its exit handlers have run (judge/entry.py).
    probe = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: sys.stderr.write('\\n' + ' '.join(sorted(sys.modules))))\n"
        f"sys.argv = ['judge', *{list(args)!r}]\n"
        "runpy.run_module('judge', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ, check=False)
    return set(done.stderr.strip().splitlines()[-1].split())


@pytest.mark.parametrize("args", [("--help",), ("list",), ("tags",)])
def test_the_quick_commands_import_nothing_heavy(args: tuple[str, ...]) -> None:
    _modules_after(*args)  # the first run writes the catalogue index (and loads every problem for it)
    loaded = _modules_after(*args)
    heavy = {"numpy", "pydantic", "docker", "requests", "rich.markdown", "judge.spec", "judge.harness", "judge.sandbox"} & loaded
    assert heavy == set()
    if args == ("--help",):
        assert not any(m.startswith("judge.commands.") and m != "judge.commands" for m in loaded)


# ---------------------------------------------------------------- 12: list, tags, filters


def test_list_in_a_pipe_is_one_tab_separated_line_per_problem() -> None:
    done = subprocess.run([*JUDGE, "list"], capture_output=True, text=True, env=os.environ, check=True)
    lines = done.stdout.splitlines()
    assert len(lines) == len(Catalog(PROBLEMS).slugs())
    fields = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert fields["two-sum"][:2] == ["two-sum", "easy"] and "hash-table" in fields["two-sum"][3].split(",")
    assert all(len(f) == 6 for f in fields.values())
    assert fields["two-sum"][5] == "python,cpp,java" and fields["bloom-filter"][5] == "python,cpp"
    assert fields["stable-softmax"][5] == "python"


def test_tag_and_difficulty_are_case_insensitive_and_repeated_tags_mean_all() -> None:
    upper = invoke("list", "--tag", "LINKED-LIST", "--difficulty", "Easy").output.split()
    assert "middle-of-the-linked-list" in upper and "linked-list-cycle-ii" not in upper
    both = [line.split("\t")[0] for line in invoke("list", "--tag", "linked-list", "--tag", "two-pointers").output.splitlines()]
    for slug in both:
        tags = Catalog(PROBLEMS).get(slug).spec.tags
        assert "linked-list" in tags and "two-pointers" in tags
    assert "--tag" in invoke("list", "--help").output and "ALL the tags" in " ".join(invoke("list", "--help").output.split())


def test_no_match_names_the_tag() -> None:
    result = CliRunner().invoke(cli, ["list", "--tag", "no-such-tag"])
    assert result.exit_code == 2
    assert "no problem matches --tag no-such-tag" in result.output and "judge tags" in result.output
    assert "in /" not in result.output  # the folder is not blamed


def test_tags_lists_each_tag_with_its_count() -> None:
    result = invoke("tags")
    counts = {line.split("\t")[1]: int(line.split("\t")[0]) for line in result.output.splitlines()}
    assert counts["ml"] == len([s for s in Catalog(PROBLEMS).slugs() if "ml" in Catalog(PROBLEMS).get(s).spec.tags])
    assert json.loads(invoke("tags", "--json").output) == counts


# ---------------------------------------------------------------- 13: problems by name


@pytest.mark.parametrize(
    ("name", "slug"),
    [("median", "median-of-two-sorted-arrays"), ("4", "median-of-two-sorted-arrays"), ("two sum", "two-sum"), ("1", "two-sum"),
     ("two-s", "two-sum"), ("skiplist", "design-skiplist"), ("linked-list-cycle", "linked-list-cycle")],
)
def test_a_problem_is_found_by_prefix_word_or_leetcode_number(name: str, slug: str) -> None:
    assert Catalog(PROBLEMS).find(name) == slug
    result = invoke("show", name, "--no-pager")
    assert Catalog(PROBLEMS).get(slug).spec.title in result.output


def test_an_ambiguous_name_lists_the_candidates() -> None:
    with pytest.raises(ProblemNotFound, match="linked-list-cycle, linked-list-cycle-ii"):
        Catalog(PROBLEMS).find("cycle")
    result = CliRunner().invoke(cli, ["show", "cycle"])
    assert result.exit_code == 2 and "could name 2 problems" in result.output


def test_run_and_submit_resolve_the_name_to_the_slug(solutions: Path) -> None:
    (solutions / "two-sum.py").write_text((PROBLEMS / "two-sum" / "reference.py").read_text())
    result = invoke("run", "1", "--sandbox", "local")
    assert result.exit_code == 0 and "judge submit two-sum" in result.output


# ---------------------------------------------------------------- 14: pager


def test_a_long_statement_goes_through_the_pager_on_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "JUDGE_PAGER": f"cat > {paged}", "TERM": "xterm"}
    child = pexpect.spawn(JUDGE[0], [*JUDGE[1:], "show", "median"], env=env, dimensions=(12, 100), encoding="utf-8", timeout=60)
    child.expect(pexpect.EOF)
    assert "Median of Two Sorted Arrays" in paged.read_text()
    paged.unlink()
    child = pexpect.spawn(JUDGE[0], [*JUDGE[1:], "show", "median", "--no-pager"], env=env, dimensions=(12, 100), encoding="utf-8")
    child.expect(pexpect.EOF)
    assert not paged.exists() and "Median of Two Sorted Arrays" in (child.before or "")


# ---------------------------------------------------------------- 15: strict JSON


def test_non_finite_numbers_are_strings_in_json() -> None:
    assert strict({"a": [float("nan"), float("inf"), -float("inf"), 1.5]}) == {"a": ["NaN", "Infinity", "-Infinity", 1.5]}
    assert dumps([float("nan")]) == '["NaN"]'


def _strict_parse(text: str) -> object:
    def reject(token: str) -> object:
        raise AssertionError(f"non-standard JSON token {token}")

    return json.loads(text, parse_constant=reject)


def test_submit_json_is_strict_when_the_answer_holds_nan(tmp_path: Path) -> None:
    solution = tmp_path / "stable-softmax.py"
    solution.write_text("import numpy as np\n\ndef softmax(x):\n    return np.full(np.shape(x), np.nan)\n")
    result = CliRunner().invoke(cli, ["submit", "stable-softmax", str(solution), "--json", "--sandbox", "local", "-x"])
    assert result.exit_code == 1
    data = _strict_parse(result.output)
    assert isinstance(data, dict) and data["verdict"] == "WA"
    assert "NaN" in result.output  # written as a string


# ---------------------------------------------------------------- 16: new -o, help says what it reads and writes


def test_new_with_an_output_file_names_it_in_the_next_command(tmp_path: Path) -> None:
    target = tmp_path / "my two sum.py"
    result = invoke("new", "two-sum", "-o", str(target))
    assert target.is_file()
    assert f"judge run two-sum '{target}'" in " ".join(result.output.split())


@pytest.mark.parametrize("name", [*sorted({*COMMANDS} - {"image"}), "image build"])
def test_every_help_says_what_the_command_reads_and_writes(name: str) -> None:
    text = " ".join(invoke(*name.split(), "--help").output.split())
    assert "Reads" in text or "reads" in text, name
    assert "writes" in text, name


# ---------------------------------------------------------------- 18: completion


def test_completion_completes_commands_and_slugs() -> None:
    def complete(words: str) -> list[str]:
        cword = len(words.split()) - (0 if words.endswith(" ") else 1)
        env = {"_JUDGE_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
        result = CliRunner().invoke(cli, [], env=env, prog_name="judge")
        return [line.split(",", 1)[1] for line in result.output.splitlines()]

    assert "show" in complete("judge sh") and "submit" in complete("judge su")
    assert complete("judge show med") == ["median-of-two-sorted-arrays"]
    assert set(complete("judge run linked-list-cy")) == {"linked-list-cycle", "linked-list-cycle-ii"}


def test_bash_completion_works_in_bash(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    source = invoke("completion", "bash").output
    assert "_JUDGE_COMPLETE" in source
    script = tmp_path / "judge-completion.bash"
    script.write_text(source)
    # `judge` on PATH is this interpreter's judge; the completion function calls it as the shell would.
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "judge").write_text(f"#!/bin/sh\nexec {sys.executable} -m judge \"$@\"\n")
    (shim / "judge").chmod(0o755)
    probe = f'source {script}; COMP_WORDS=(judge show med); COMP_CWORD=2; _judge_completion judge 2>/dev/null; echo "${{COMPREPLY[@]}}"'
    env = {**os.environ, "PATH": f"{shim}:{os.environ['PATH']}"}
    done = subprocess.run([bash, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["median-of-two-sorted-arrays"]
    for shell in ("zsh", "fish"):
        assert "_JUDGE_COMPLETE" in invoke("completion", shell).output


# ---------------------------------------------------------------- 11: validate -j


def test_validate_in_parallel_reports_in_the_order_given() -> None:
    result = invoke("validate", "-j", "2", "--sandbox", "local", "two-sum", "middle-of-the-linked-list")
    assert result.exit_code == 0, result.output
    assert result.output.index("two-sum") < result.output.index("middle-of-the-linked-list")
    assert "2 valid" in result.output


# ---------------------------------------------------------------- 9: caches and warm sandboxes


def test_generated_cases_are_cached_privately_and_keyed_by_the_generator(tmp_path: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    first = generated_cases(problem)
    cached = list((Path(os.environ["JUDGE_CACHE_DIR"]) / "cases").glob("two-sum-*.jsonl"))
    assert len(cached) == 1 and cached[0].stat().st_mode & 0o077 == 0
    again = generated_cases(problem)
    assert [c.args for c in again] == [c.args for c in first] and all(c.digest for c in again)
    # Read back from the cache, each case keeps the text of its args, which is sent as it is.
    assert all(json.loads(c.args_json) == c.args for c in again)
    # A damaged entry is generated again, never half-read: cut inside a line, or
    # short of its last lines.
    text = cached[0].read_text()
    for damaged in (text[:-40], "".join(text.splitlines(keepends=True)[:-2])):
        cached[0].write_text(damaged)
        assert [c.args for c in generated_cases(problem)] == [c.args for c in first]
    assert [c.args for c in fresh_generated_cases(problem)] == [c.args for c in first]
    # A changed generator is a new key: the old entry is not used.
    generator = problem.generator_path
    generator.write_text(generator.read_text() + "\n# changed\n")
    generated_cases(problem)
    assert len(list(cached[0].parent.glob("two-sum-*.jsonl"))) == 2


def test_a_warm_sandbox_hands_over_the_harness_it_started(tmp_path: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    warm = WarmingSandbox("local", problem.spec.limits)
    assert warm.name == "local" and warm.isolated is False
    warm._thread.join()
    spare = warm._spare
    assert spare is not None
    assert warm.open(problem.spec.limits) is spare  # the one already running
    spare.close()
    unused = WarmingSandbox("local", problem.spec.limits)
    unused.close()  # started for nothing: stopped
    assert unused._spare is None
    assert isinstance(unused.sandbox, LocalSandbox)


def test_show_keeps_its_rendering_until_the_statement_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy_problem("two-sum", tmp_path)
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(tmp_path))
    first = invoke("show", "two-sum").output
    kept = list((Path(os.environ["JUDGE_CACHE_DIR"]) / "show").glob("*.txt"))
    assert len(kept) == 1 and kept[0].read_text() == first
    assert invoke("show", "two-sum").output == first
    statement = tmp_path / "two-sum" / "statement.md"
    statement.write_text(statement.read_text() + "\nOne more line about the problem.\n")
    assert "One more line about the problem." in invoke("show", "two-sum").output
    missing = CliRunner().invoke(cli, ["show", "two-sum", "--lang", "xx"])
    assert "no statement in 'xx'" in missing.output  # said every time: never served from the cache
    assert "no statement in 'xx'" in CliRunner().invoke(cli, ["show", "two-sum", "--lang", "xx"]).output


def test_a_submission_requests_its_sandbox_before_the_command_line_loads(tmp_path: Path) -> None:
    solution = tmp_path / "two_sum.py"
    solution.write_text((PROBLEMS / "two-sum" / "reference.py").read_text())
    probe = (
        "import sys\n"
        "import judge.sandbox.warm as warm\n"
        "original = warm.start_early\n"
        "def spy(*args):\n"
        "    sys.stderr.write(f'\\nstarted with click loaded: {\"click\" in sys.modules}\\n')\n"
        "    return original(*args)\n"
        "warm.start_early = spy\n"
        f"sys.argv = ['judge', '--no-history', 'submit', 'two-sum', {str(solution)!r}, '--sandbox', 'local']\n"
        "from judge.entry import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ, check=False)
    assert "Accepted" in done.stdout
    assert done.stderr.count("started with click loaded: False") == 1 and "True" not in done.stderr
    # Not for a command that runs nothing, nor for --help.
    for args in (["show", "two-sum"], ["submit", "--help"], ["--version"]):
        other = probe.replace(f"'--no-history', 'submit', 'two-sum', {str(solution)!r}, '--sandbox', 'local'", ", ".join(map(repr, args)))
        quiet = subprocess.run([sys.executable, "-c", other], capture_output=True, text=True, env=os.environ, check=False)
        assert "started with" not in quiet.stderr, args
