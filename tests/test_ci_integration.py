"""What users copy to run `judge check` in their CI and pre-commit: the workflow
under docs/ and .pre-commit-hooks.yaml are valid, and the hook really runs."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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
            if ".judge-venv/bin/judge" in words:
                commands.append(words[words.index(".judge-venv/bin/judge") + 1 :])
    return commands


def test_the_workflow_calls_the_judge_with_options_it_has(runner: CliRunner) -> None:
    commands = _judge_commands(yaml.safe_load(WORKFLOW.read_text()))
    assert any("check" in words and "--junit" in words for words in commands)
    for words in commands:
        # --help is eager: the options before it are still parsed, so a renamed one fails here.
        result = runner.invoke(cli, [*words, "--help"])
        assert result.exit_code == 0, (words, result.output)
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["check"]["steps"]
    install = next(step["run"] for step in steps if "pip install" in step.get("run", ""))
    assert '"interview-judge @ $JUDGE_FROM"' in install  # the judge comes from its repository, the solutions from the user's


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


def _steps(job: str) -> dict[str, str]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    return {step.get("name", ""): step.get("run", "") for step in workflow["jobs"][job]["steps"]}


def test_the_workflow_runs_on_a_repository_of_solutions(tmp_path: Path, docker_sandbox: object) -> None:
    """The documented layout (the user's own repository: solutions/<slug>.py committed, the
    judge installed as a package) with the workflow's own commands: each shard, then the merge."""
    workflow = yaml.safe_load(WORKFLOW.read_text())
    shards = workflow["jobs"]["check"]["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, int(workflow["env"]["SHARDS"]) + 1))
    repo = tmp_path / "my-solutions"
    (repo / "solutions").mkdir(parents=True)
    accepted = ["two-sum", "middle-of-the-linked-list", "linked-list-cycle", "stable-softmax"]
    for slug in accepted:
        shutil.copy(PROJECT_ROOT / "problems" / slug / "reference.py", repo / "solutions" / f"{slug}.py")
    wrong = PROJECT_ROOT / "problems" / "two-sum" / "wrong" / "same_element_twice.py"
    shutil.copy(wrong, repo / "solutions" / "kth-node-from-end-of-list.py")
    env = {**os.environ, "SHARDS": str(workflow["env"]["SHARDS"]), "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("JUDGE_SOLUTIONS_DIR", None)  # the repository's own solutions/, as on the runner
    judge_step = _steps("check")["Judge the solutions"].replace(".judge-venv/bin/judge", str(BIN / "judge"))
    (repo / "reports").mkdir()
    statuses = {}
    for k in shards:
        command = judge_step.replace("${{ matrix.shard }}", str(k))
        done = subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True, text=True, timeout=900)
        statuses[k] = done.returncode
        assert done.returncode in (0, 1), done.stdout + done.stderr
        shutil.move(repo / f"judge-report-{k}.xml", repo / "reports" / f"judge-report-{k}.xml")
    assert sorted(statuses.values()) == [0] * (len(shards) - 1) + [1]  # only the shard holding the wrong one fails
    merge = subprocess.run(["bash", "-c", _steps("report")["Merge the shards' reports"]], cwd=repo, env=env, capture_output=True, text=True)
    assert merge.returncode == 0, merge.stderr
    suites = [suite.get("name") for suite in ET.parse(repo / "judge-report.xml").getroot().iter("testsuite")]
    assert sorted(suites) == sorted([*accepted, "kth-node-from-end-of-list"])  # each solution once
