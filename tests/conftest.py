from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge.catalog import PROJECT_ROOT, Catalog, Problem, load_problem
from judge.errors import SandboxError
from judge.sandbox.base import Sandbox
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox

PROBLEMS = PROJECT_ROOT / "problems"


@pytest.fixture(autouse=True)
def private_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real history, cache or solutions."""
    base = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("JUDGE_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("JUDGE_SOLUTIONS_DIR", str(base / "solutions"))
    monkeypatch.setenv("JUDGE_HISTORY", str(base / "history.sqlite3"))
    # Set (not deleted) so a test that turns it on through the CLI is undone afterwards.
    monkeypatch.setenv("JUDGE_NO_HISTORY", "0")
    monkeypatch.delenv("JUDGE_PROBLEMS_DIR", raising=False)
    monkeypatch.delenv("JUDGE_SANDBOX", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def solutions() -> Path:
    """The private solutions folder the autouse fixture points JUDGE_SOLUTIONS_DIR at."""
    path = Path(os.environ["JUDGE_SOLUTIONS_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog(PROBLEMS)


@pytest.fixture(scope="session")
def sandbox() -> LocalSandbox:
    return LocalSandbox()


@pytest.fixture(scope="session")
def docker_sandbox() -> DockerSandbox:
    """The real docker backend. Outside CI a missing engine or image skips, with the
    reason; in CI (CI=true) it fails, because .ci/run installs both."""
    box = DockerSandbox()
    try:
        box.client()
    except SandboxError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the docker backend is unavailable in CI: {error}")
        pytest.skip(f"docker backend unavailable: {error}")
    return box


@pytest.fixture(scope="session", params=["local", "docker"])
def any_sandbox(request: pytest.FixtureRequest) -> Sandbox:
    """Each backend in turn, for behaviour both must share."""
    if request.param == "docker":
        return request.getfixturevalue("docker_sandbox")
    return request.getfixturevalue("sandbox")


def copy_problem(slug: str, destination: Path, **limits: int) -> Problem:
    """A private copy of a real problem, optionally with tighter limits."""
    target = destination / slug
    shutil.copytree(PROBLEMS / slug, target)
    if limits:
        spec_path = target / "problem.yaml"
        data = yaml.safe_load(spec_path.read_text())
        data.setdefault("limits", {}).update(limits)
        spec_path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_problem(target)


# A CPU limit that programs expected to finish stay ten times under, on a slow machine too:
# the heaviest, recursion to the harness's 10^5 limit, takes 100 to 330 ms of CPU. Programs
# expected to be TLE loop forever (tests that need a TLE quickly use their own 300 ms copy).
ROOMY_TIME_MS = 5000


@pytest.fixture
def tight_two_sum(tmp_path: Path) -> Problem:
    """two-sum with small memory and output limits, so those verdicts come quickly, and a CPU
    limit with a tenfold margin for programs expected to finish (ROOMY_TIME_MS)."""
    return copy_problem("two-sum", tmp_path, time_ms=ROOMY_TIME_MS, memory_mb=64, output_kb=8)


@pytest.fixture
def tle_two_sum(tmp_path: Path) -> Problem:
    """two-sum with a 300 ms CPU limit (1.9 s wall), for programs that must be TLE: they loop or
    sleep forever, so a short limit only makes the verdict come sooner."""
    return copy_problem("two-sum", tmp_path, time_ms=300, memory_mb=64, output_kb=8)
