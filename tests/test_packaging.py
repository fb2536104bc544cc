"""An installed judge (a wheel, as pre-commit or pipx installs it) carries the
problem catalogue and judges solutions from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from judge.catalog import PROJECT_ROOT, Catalog

PYPROJECT = PROJECT_ROOT / "pyproject.toml"


def test_every_judge_package_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(folder.relative_to(PROJECT_ROOT).parts)
        for folder in (PROJECT_ROOT / "judge").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py"))
    } | {"judge"}
    assert listed - {"judge_problems"} == on_disk


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(PROJECT_ROOT)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_carries_every_problem_package_whole(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for slug in Catalog(PROJECT_ROOT / "problems").slugs():
        folder = PROJECT_ROOT / "problems" / slug
        expected = {
            f"judge_problems/{path.relative_to(folder.parent).as_posix()}"
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }
        assert expected <= names, sorted(expected - names)
    assert not [name for name in names if "__pycache__" in name]


def test_an_installed_judge_checks_solutions_without_the_checkout(wheel: Path, tmp_path: Path) -> None:
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    work = tmp_path / "my-solutions"
    (work / "solutions").mkdir(parents=True)
    (work / "solutions" / "two-sum.py").write_text((PROJECT_ROOT / "problems" / "two-sum" / "reference.py").read_text())
    env = {key: value for key, value in os.environ.items() if key not in ("JUDGE_SOLUTIONS_DIR", "JUDGE_PROBLEMS_DIR")}
    # The unpacked wheel comes first on the path, so its judge (not the checkout's) runs.
    env["PYTHONPATH"] = str(installed)
    result = subprocess.run(
        [sys.executable, "-m", "judge", "check", "--sandbox", "local"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "solutions/two-sum.py" in result.stdout or "two-sum.py" in result.stdout
    listing = subprocess.run(
        [sys.executable, "-c", "import judge.catalog as c; print(c.default_problems_dir())"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.stdout.strip() == str(installed / "judge_problems")
