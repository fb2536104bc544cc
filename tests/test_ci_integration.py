"""What users copy to run `judge check` in their CI and pre-commit: the workflow
under docs/ and .pre-commit-hooks.yaml are valid, and the hook really runs."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge.catalog import PROJECT_ROOT
from judge.cli import cli

WORKFLOW = PROJECT_ROOT / "docs" / "judge-check.github-workflow.yml"
HOOKS = PROJECT_ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent


def test_the_workflow_is_a_valid_github_workflow() -> None:
    # check-jsonschema ships SchemaStore's workflow schema, so this runs offline.
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _judge_commands(workflow: dict) -> list[list[str]]:
    commands = []
    for step in workflow["jobs"]["check"]["steps"]:
        for line in str(step.get("run", "")).splitlines():
            words = shlex.split(line)
            if ".venv/bin/judge" in words:
                commands.append(words[words.index(".venv/bin/judge") + 1 :])
    return commands


def test_the_workflow_calls_the_judge_with_options_it_has(runner: CliRunner) -> None:
    commands = _judge_commands(yaml.safe_load(WORKFLOW.read_text()))
    assert any("check" in words and "--junit" in words for words in commands)
    for words in commands:
        # --help is eager: the options before it are still parsed, so a renamed one fails here.
        result = runner.invoke(cli, [*words, "--help"])
        assert result.exit_code == 0, (words, result.output)
    assert (PROJECT_ROOT / "Makefile").read_text().count("$(BIN)/judge:") == 1  # `make .venv/bin/judge` exists


def test_the_hook_manifest_is_valid() -> None:
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-manifest", str(HOOKS)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (hook,) = yaml.safe_load(HOOKS.read_text())
    assert hook["entry"] == "judge check" and hook["pass_filenames"] is True


@pytest.mark.skipif(shutil.which("git") is None or not (PROJECT_ROOT / ".git").exists(), reason="needs git and a git checkout")
def test_the_hook_judges_only_the_changed_solutions(tmp_path: Path) -> None:
    """pre-commit installs this repository (a wheel, in its own virtualenv) and
    runs the hook on the files given, as it would on a commit."""
    repo = tmp_path / "my-solutions"
    (repo / "solutions").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "problems" / "two-sum" / "reference.py", repo / "solutions" / "two-sum.py")
    shutil.copy(PROJECT_ROOT / "problems" / "two-sum" / "wrong" / "same_element_twice.py", repo / "solutions" / "linked-list-cycle.py")
    (repo / "notes.md").write_text("not a solution\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "JUDGE_SANDBOX": "local",
        "JUDGE_NO_HISTORY": "1",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("JUDGE_SOLUTIONS_DIR", None)

    def hook(*files: str) -> subprocess.CompletedProcess[str]:
        command = [str(BIN / "pre-commit"), "try-repo", str(PROJECT_ROOT), "judge-check", "--verbose", "--files", *files]
        return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    passed = hook("solutions/two-sum.py", "notes.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "solutions/two-sum.py: AC" in passed.stdout and "notes.md" not in passed.stdout.split("Passed", 1)[-1]

    failed = hook("solutions/two-sum.py", "solutions/linked-list-cycle.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "✗ solutions/linked-list-cycle.py: CE" in failed.stdout
